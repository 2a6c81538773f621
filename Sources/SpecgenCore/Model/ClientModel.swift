/// The endpoint side of the intermediate model: the client type and its tree of resources and operations,
/// `client.v2.core.eventDestinations.ping(id:)`.
public struct ClientModel: Sendable, Encodable {
    /// The client type's name, such as `StripeClient`.
    public var name: String
    public var documentation: String?
    /// The first server URL of the spec, the client's default.
    public var defaultServerURL: String?
    public var authentication: Authentication
    /// Header parameters every operation takes, lifted into client settings (Stripe's `Stripe-Version`).
    public var commonHeaders: [Parameter]
    /// The error body type all operations' error responses share; `JSONValue` when they differ or have none.
    public var errorBody: TypeReference
    /// Top-level resources (`v2`), each with its own children and operations.
    public var resources: [Resource]
    /// Operations directly on the client (a path with no static segment).
    public var operations: [Operation]
    /// Types nested in the client: enums of its own operations' parameter values.
    public var nestedTypes: [NamedType] = []

    /// Headers the API takes per call (Stripe's `Stripe-Account`), offered by the client's `RequestOptions` init.
    public var optionHeaders: [OptionHeader] = []
    /// A response header whose `true` or `false` overrides whether a status is retried (`Stripe-Should-Retry`).
    public var retryAdviceHeader: String?
    /// The servers some operations go to instead of the API's, each a setting of the client's init.
    public var otherServers: [Server] = []

    /// A server some operations name instead of the API's: its URL as the spec has it, and the init argument that
    /// can point those operations elsewhere (`filesServerURL`).
    public struct Server: Sendable, Encodable, Equatable {
        public var url: String
        public var argument: String
    }

    /// A per-call header: its argument name, the header's name, and what it is for.
    public struct OptionHeader: Sendable, Encodable {
        public var name: String
        public var key: String
        public var documentation: String
    }

    public enum Authentication: Sendable, Encodable, Equatable {
        case none
        /// `Authorization: Bearer <token>`.
        case bearer
        /// `Authorization: Basic …`.
        case basic
        /// An API key in the header (or, with `inQuery`, the query parameter) `name`.
        case apiKey(name: String, inQuery: Bool)
        /// OAuth 2 or OpenID Connect: a bearer access token, usually from a token provider.
        case oauth2
        /// The spec accepts several schemes (Stripe: bearer, or basic with the key as user): the caller picks one.
        indirect case choice([Authentication])
    }
}

extension ClientModel {
    /// A namespace of operations named by a static path segment: `v2`, `core`, `eventDestinations`.
    public struct Resource: Sendable, Encodable {
        /// The property name on the parent (`eventDestinations`).
        public var propertyName: String
        /// The Swift type name, unique among its siblings and never a model type's name (`EventDestinations`).
        public var typeName: String
        /// The protocol of the resource's operations, which the resource conforms to and an app's tests can fake
        /// (`EventDestinationsAPI`): unique among its siblings; `nil` when the resource has no operations.
        public var protocolName: String?
        public var resources: [Resource]
        public var operations: [Operation]
        /// Types nested in the resource: enums of parameter values (`Include`).
        public var nestedTypes: [NamedType]
    }

    /// One HTTP operation as a Swift method.
    public struct Operation: Sendable, Encodable {
        /// The method name: `list`, `create`, `retrieve`, `update`, `delete`, or the action (`ping`).
        public var name: String
        /// The spec's `operationId`, or `<method> <path>` when it has none.
        public var operationID: String
        public var httpMethod: String
        /// The path as the spec writes it, parameters in braces: `/v1/customers/{customer}`.
        public var path: String
        public var documentation: String?
        public var isDeprecated: Bool
        public var pathParameters: [Parameter]
        public var queryParameters: [Parameter]
        public var headerParameters: [Parameter]
        /// Sent in the `Cookie` header.
        public var cookieParameters: [Parameter]
        /// The JSON request body's type, when there is one.
        public var body: RequestBody?
        /// The success response's type; `nil` when it has no body.
        public var response: TypeReference?
        /// The `Accept` header for a response that is not JSON (`image/png`); `nil` for JSON.
        public var accept: String?
        /// The server the operation (or its path) names instead of the API's (Stripe's file uploads go to
        /// `https://files.stripe.com/`): one of ``ClientModel/otherServers``; `nil` for the API's.
        public var server: String? = nil
        /// Path, query, header and cookie parameters, in the order the method takes them.
        public var parameters: [Parameter] { pathParameters + queryParameters + headerParameters + cookieParameters }
        /// How to walk every page, when the response is a list page and the operation takes a cursor.
        public var paging: Paging?
        /// The type of the operation's error bodies: its error responses' one type, ``errorsByStatus``'s enum when
        /// they differ, else the client's ``ClientModel/errorBody``.
        public var errorBody: TypeReference
        /// When the operation's error responses have different types: the enum that decodes each by its status.
        public var errorsByStatus: BodiesByStatus?
        /// When the operation's success responses have different types: the enum that decodes each by its status,
        /// which ``response`` names.
        public var successesByStatus: BodiesByStatus? = nil

        /// An enum of an operation's error (or success) bodies with a case per documented status, picked by the
        /// response's status while decoding (`case notFound(NotFoundBody)`, `case accepted(Job)`), and `other` for
        /// any other status.
        public struct BodiesByStatus: Sendable, Encodable {
            /// The enum's name in its resource (`ListError`, `CreateResponse`).
            public var typeName: String
            public var cases: [Case]
            /// The body of a status the spec does not list: the `default` response's type, else `JSONValue`.
            public var otherType: TypeReference
            public var otherDocumentation: String?

            public struct Case: Sendable, Encodable {
                /// `notFound`, `status418`, `clientError` (4XX).
                public var name: String
                /// The statuses the case stands for: a code (`404`) or a hundred (`4` for 4XX).
                public var status: Status
                public var type: TypeReference
                /// The response's description.
                public var documentation: String?
            }

            public enum Status: Sendable, Encodable, Equatable {
                case code(Int)
                case range(Int)
            }
        }

        /// An operation that returns one page of a list, and the parameters that pick the page.
        public struct Paging: Sendable, Encodable {
            public enum Style: Sendable, Encodable {
                /// The arguments of the item IDs to start after (Stripe's `starting_after`) and, when the operation
                /// takes one, to end before (`ending_before`).
                case cursor(startingAfter: String, endingBefore: String?)
                /// The argument of the page token (Stripe's search `page`), the previous page's `next_page`.
                case page(String)
                /// A link to the next page in the page itself, followed as given: Stripe's v2 `next_page_url`,
                /// Personio's v2 `_meta.links.next.href`: the page's `items` member, and the members that lead from
                /// the page to the link (`meta`, `links`, `next`, `href`).
                case link(page: TypeReference, items: Member, next: [Member])
                /// A limit and an offset (the `offset` argument), the next offset where the items so far end, until
                /// the page's `metadata.current_page` reaches `total_pages - 1` (Personio's v1 lists): the page's
                /// `items` and `metadata` members, and the metadata's `currentPage` and `totalPages`.
                case offset(
                    page: TypeReference, offset: String, items: Member, metadata: Member, currentPage: Member,
                    totalPages: Member)
            }

            /// A stored property on the way from a page to what paging reads: its Swift name, and whether it is
            /// optional.
            public struct Member: Sendable, Encodable, Equatable {
                public var name: String
                public var isOptional: Bool
            }

            public var itemType: TypeReference
            public var style: Style
        }

        public struct RequestBody: Sendable, Encodable {
            public enum Encoding: Sendable, Encodable, Equatable {
                case json
                /// `application/x-www-form-urlencoded` with Stripe's bracket nesting.
                case form
                /// `multipart/form-data`: a part per property, files with their name and media type.
                case multipart
                /// A `text/…` body: a `String` sent under its media type.
                case text(String)
                /// Any other media type (`application/octet-stream`, `image/png`): `Data` sent under it.
                case bytes(String)

                /// Sent as given, without encoding a model: text or bytes.
                public var isRaw: Bool {
                    switch self {
                    case .text, .bytes: true
                    case .json, .form, .multipart: false
                    }
                }
            }

            /// A property of a multipart body: its Swift name, its part name, and whether it is a file.
            public struct Part: Sendable, Encodable {
                public var name: String
                public var key: String
                public var isFile: Bool
            }

            public var encoding: Encoding
            public var type: TypeReference
            public var isRequired: Bool
            public var documentation: String?
            /// For multipart bodies: the parts, in order.
            public var parts: [Part] = []
        }
    }

    /// A path, query or header parameter as a Swift argument.
    public struct Parameter: Sendable, Encodable {
        /// The argument name (`id`, `stripeVersion`).
        public var name: String
        /// The name on the wire (`id`, `Stripe-Version`).
        public var key: String
        /// The argument's type, `Optional` applied when it is not required.
        public var type: TypeReference
        public var documentation: String?
        public var isRequired: Bool
        /// Arrays and objects spread over several names or delimiters (`name=a&name=b`), or kept in one (`name=a,b`).
        public var explode: Bool
        /// A default value as Swift literal text, when the spec gives one.
        public var defaultLiteral: String?
        /// How a value of this type becomes text on the wire: `.rawValue` for enums, `.description` otherwise.
        public var isEnumeration: Bool
        /// How the value is serialized, with the spec's default for its location applied (`form` for query
        /// and cookie, `simple` for path and header); `deepObject` is sent with brackets, `created[gte]=1`.
        public var style: Style
        /// A `Date` sent as seconds since 1970 (`format: unix-time`).
        public var isUnixTime: Bool

        /// A scalar or an enum (not an array of them): one text on the wire.
        public var isScalar: Bool {
            if case .array = type.unwrapped { return false }
            return isEnumeration || type.unwrapped.isScalar
        }

        /// OpenAPI's parameter styles, as the runtime's `ParameterStyle` names them.
        public enum Style: String, Sendable, Encodable {
            case simple, label, matrix, form, spaceDelimited, pipeDelimited, deepObject
        }
    }
}

extension ClientModel.Operation {
    /// The operation with every type it names (parameters, body, response, error and success bodies, paging) passed
    /// through `transform`.
    func mappingTypes(_ transform: (TypeReference) -> TypeReference) -> ClientModel.Operation {
        var operation = self
        func mapped(_ parameters: [ClientModel.Parameter]) -> [ClientModel.Parameter] {
            parameters.map { parameter in
                var parameter = parameter
                parameter.type = transform(parameter.type)
                return parameter
            }
        }
        func mapped(_ bodies: BodiesByStatus) -> BodiesByStatus {
            var bodies = bodies
            for index in bodies.cases.indices { bodies.cases[index].type = transform(bodies.cases[index].type) }
            bodies.otherType = transform(bodies.otherType)
            return bodies
        }
        operation.pathParameters = mapped(pathParameters)
        operation.queryParameters = mapped(queryParameters)
        operation.headerParameters = mapped(headerParameters)
        operation.cookieParameters = mapped(cookieParameters)
        if var body {
            body.type = transform(body.type)
            operation.body = body
        }
        operation.response = response.map(transform)
        operation.errorBody = transform(errorBody)
        operation.errorsByStatus = errorsByStatus.map(mapped)
        operation.successesByStatus = successesByStatus.map(mapped)
        if var paging {
            paging.itemType = transform(paging.itemType)
            switch paging.style {
            case .link(let page, let items, let next):
                paging.style = .link(page: transform(page), items: items, next: next)
            case .offset(let page, let offset, let items, let metadata, let currentPage, let totalPages):
                paging.style = .offset(
                    page: transform(page), offset: offset, items: items, metadata: metadata,
                    currentPage: currentPage, totalPages: totalPages)
            case .cursor, .page: break
            }
            operation.paging = paging
        }
        return operation
    }
}
