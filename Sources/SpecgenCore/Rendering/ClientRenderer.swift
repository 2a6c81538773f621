import Foundation
import Mustache

/// Renders the client side of the model: the client type, one file per resource, and the operations in them.
struct ClientRenderer: Sendable {
    let templates: TemplateSet
    let model: IntermediateModel

    private var access: String { model.accessLevel.rawValue }
    private var client: ClientModel { model.client }

    func render() throws(Diagnostic) -> [GeneratedFile] {
        let scope = ShadowedModelNames(module: model.moduleName, modelNames: Set(model.types.map(\.name)))
            .entering(resources: client.resources, nestedTypes: client.nestedTypes)
        return [try clientFile(in: scope)] + (try renderResources(client.resources, in: scope))
    }

    // MARK: - Client

    fileprivate struct ClientContext {
        let source: String
        let name: String
        let access: String
        let documentation: [String]
        /// The arguments of the init from the spec (the authorization, headers sent with every request); the
        /// template adds the server URL, transport, middlewares and configuration.
        let initArguments: [ArgumentContext]
        /// The server URL the init defaults to, as a literal.
        let defaultServerURL: String?
        /// The servers some operations go to instead, each an init argument.
        let otherServers: [ServerContext]
        /// Whether the client takes an `authorization:`.
        let hasAuthorization: Bool
        /// The init that takes the secret itself (`apiKey:`) and makes the `Authorization` from it.
        let convenienceInit: ConvenienceInit?
        let defaultHeaders: [HeaderSetting]
        /// The retry-advice header's name as a literal, set on the client after creating it.
        let retryAdviceHeader: String?
        /// `var` when settings change the client after creating it, else `let`.
        let clientBinding: String
        /// The per-call headers the `RequestOptions` init this client adds takes; empty for none.
        let optionHeaders: [OptionHeaderContext]
        let hasOptionHeaders: Bool
        let resources: [ResourceLink]
        let operationDeclarations: [String]
        let nestedDeclarations: [String]
    }

    /// The init that takes the secrets themselves and makes the `Authorization` from them: by bearer token, basic
    /// authentication or API key, from the arguments named here.
    fileprivate struct ConvenienceInit {
        /// The secrets, then the headers.
        let arguments: [ArgumentContext]
        /// The headers, passed on to the designated init.
        let headers: [PassedArgument]
        let isBearer: Bool
        let isBasic: Bool
        let isAPIKey: Bool
        /// The argument holding the bearer token or API key.
        let secret: String
        /// Basic authentication: the arguments holding the user and the password.
        let user: String
        let password: String
        /// An API key: `header` or `query`, and the name it is sent under as a literal.
        let apiKeyPlace: String
        let apiKeyName: String
    }

    /// How the `authorization:` argument is documented; `nil` when the API needs no authentication.
    private var authorizationDocumentation: String? {
        switch client.authentication {
        case .none: nil
        case .choice(let kinds):
            "How requests authenticate: " + kinds.map(Self.authorizationForm).joined(separator: "; or ") + "."
        case let kind: "How requests authenticate: " + Self.authorizationForm(kind) + "."
        }
    }

    /// The `Authorization` values a scheme takes, as the init's documentation lists them.
    private static func authorizationForm(_ kind: ClientModel.Authentication) -> String {
        switch kind {
        case .none, .choice: ""
        case .bearer:
            "`.bearer(token)`, or tokens fetched and refreshed by a provider such as "
                + "`.clientCredentials(tokenURL:clientID:clientSecret:)`"
        case .oauth2:
            "an OAuth 2 access token, `.bearer(accessToken)`, or tokens fetched and refreshed by a provider "
                + "(`.tokens(provider)`, `.clientCredentials(tokenURL:clientID:clientSecret:)`)"
        case .basic: "`.basic(user:password:)`"
        case .apiKey(let name, let inQuery):
            "`.apiKey(key, \(inQuery ? "query" : "header"): \(SwiftLiteral.string(name)))`"
        }
    }

    /// The init that takes the secrets instead of an `Authorization`, passing on `headers`; `nil` when the
    /// authentication takes no secret of its own.
    private func convenienceInit(headers: [ArgumentContext]) -> ConvenienceInit? {
        let secrets: [ArgumentContext]
        var (isBearer, isBasic, apiKey): (Bool, Bool, (place: String, name: String)?) = (false, false, nil)
        switch client.authentication {
        case .none, .choice:
            return nil
        case .bearer:
            secrets = [
                ArgumentContext(
                    name: "apiKey", type: "String", documentation: "The secret key, sent as a bearer token.")
            ]
            isBearer = true
        case .oauth2:
            secrets = [
                ArgumentContext(
                    name: "accessToken", type: "String",
                    documentation: "An OAuth 2 access token, sent as a bearer token.")
            ]
            isBearer = true
        case .basic:
            secrets = [
                ArgumentContext(
                    name: "username", type: "String", documentation: "The user for HTTP basic authentication."),
                ArgumentContext(
                    name: "password", type: "String", documentation: "The password for HTTP basic authentication."),
            ]
            isBasic = true
        case .apiKey(let name, let inQuery):
            let place = inQuery ? "query" : "header"
            secrets = [
                ArgumentContext(
                    name: "apiKey", type: "String", documentation: "The API key, sent in the \(place) `\(name)`.")
            ]
            apiKey = (place, SwiftLiteral.string(name))
        }
        return ConvenienceInit(
            arguments: secrets + headers,
            headers: headers.map { PassedArgument(label: SwiftNaming.argumentLabel($0.name), name: $0.name) },
            isBearer: isBearer,
            isBasic: isBasic,
            isAPIKey: apiKey != nil,
            secret: secrets[0].name,
            user: isBasic ? secrets[0].name : "",
            password: isBasic ? secrets[1].name : "",
            apiKeyPlace: apiKey?.place ?? "",
            apiKeyName: apiKey?.name ?? ""
        )
    }

    /// A server some operations name: the init argument that says where it is, its URL as a literal, and the
    /// argument's documentation.
    fileprivate struct ServerContext {
        let argument: String
        let url: String
        let documentation: String
    }

    fileprivate struct OptionHeaderContext {
        let name: String
        /// The header's name as a literal.
        let key: String
        let documentation: String
    }

    fileprivate struct HeaderSetting {
        let key: String
        /// The init argument, and how it is sent (`stripeVersion`, `channel.rawValue`).
        let value: ParameterCalls.WireValue
    }

    fileprivate struct ResourceLink {
        let propertyName: String
        let typeName: String
    }

    /// The client's file; `scope` spells the model types its members name.
    private func clientFile(in scope: ShadowedModelNames) throws(Diagnostic) -> GeneratedFile {
        let headers = client.commonHeaders.map { header in
            ArgumentContext(scope.qualifying(header), undocumented: "Sent as `\(header.key)` with every request.")
        }
        let authorization = authorizationDocumentation.map {
            ArgumentContext(name: "authorization", type: "Authorization", documentation: $0)
        }
        var operationDeclarations: [String] = []
        for operation in client.operations {
            operationDeclarations += try declarations(of: scope.qualifying(operation)).map {
                SwiftRenderer.indented($0, by: 1)
            }
        }
        let context = ClientContext(
            source: model.source,
            name: client.name,
            access: access,
            documentation: DocumentationComment.lines(client.documentation),
            initArguments: (authorization.map { [$0] } ?? []) + headers,
            defaultServerURL: client.defaultServerURL.map(SwiftLiteral.string),
            otherServers: client.otherServers.map {
                ServerContext(
                    argument: $0.argument, url: SwiftLiteral.string($0.url),
                    documentation: "The base URL of the operations the spec sends to `"
                        + SwiftLiteral.documentationLines($0.url).joined(separator: " ") + "`.")
            },
            hasAuthorization: client.authentication != .none,
            convenienceInit: convenienceInit(headers: headers),
            defaultHeaders: client.commonHeaders.map {
                HeaderSetting(key: SwiftLiteral.string($0.key), value: ParameterCalls.WireValue($0))
            },
            retryAdviceHeader: client.retryAdviceHeader.map(SwiftLiteral.string),
            clientBinding: client.commonHeaders.isEmpty && client.retryAdviceHeader == nil
                && client.otherServers.isEmpty
                ? "let" : "var",
            optionHeaders: client.optionHeaders.map {
                OptionHeaderContext(name: $0.name, key: SwiftLiteral.string($0.key), documentation: $0.documentation)
            },
            hasOptionHeaders: !client.optionHeaders.isEmpty,
            resources: client.resources.map { ResourceLink(propertyName: $0.propertyName, typeName: $0.typeName) },
            operationDeclarations: operationDeclarations,
            nestedDeclarations: try declarations(of: client.nestedTypes.map(scope.qualifying), indentedBy: 1)
        )
        let text = try templates.render(context, with: "Client")
        return GeneratedFile(path: "\(client.name).swift", contents: SwiftRenderer.tidy(text))
    }

    // MARK: - Resources

    fileprivate struct ResourceContext {
        let source: String
        let parent: String
        let pathDescription: String
        let access: String
        let typeName: String
        let resources: [ResourceLink]
        let operationDeclarations: [String]
        let nestedDeclarations: [String]
        /// The resource's protocol, its declaration (indented for inside the parent's extension) and its extension.
        let protocolName: String?
        let protocolDeclaration: String?
        let protocolExtension: String?
    }

    /// One file per resource, rendered in parallel; `scope` spells the model types named in the client's members.
    private func renderResources(
        _ resources: [ClientModel.Resource], in scope: ShadowedModelNames
    ) throws(Diagnostic) -> [GeneratedFile] {
        var placed: [(resource: ClientModel.Resource, parent: String, path: [String], scope: ShadowedModelNames)] = []
        func place(_ resources: [ClientModel.Resource], parent: String, path: [String], scope: ShadowedModelNames) {
            for resource in resources {
                let inner = scope.entering(resources: resource.resources, nestedTypes: resource.nestedTypes)
                placed.append((resource, parent, path + [resource.propertyName], inner))
                place(
                    resource.resources, parent: parent + "." + resource.typeName, path: path + [resource.propertyName],
                    scope: inner)
            }
        }
        place(resources, parent: client.name, path: [], scope: scope)
        let jobs = placed
        let results = ParallelResults<GeneratedFile>(count: placed.count)
        DispatchQueue.concurrentPerform(iterations: placed.count) { index in
            let (resource, parent, path, scope) = jobs[index]
            results.store(index) { () throws(Diagnostic) in
                try renderResource(resource, parent: parent, path: path, in: scope)
            }
        }
        return try results.values()
    }

    /// The declarations of the types nested in the client or a resource, indented `levels` deep.
    private func declarations(of types: [NamedType], indentedBy levels: Int) throws(Diagnostic) -> [String] {
        var declarations: [String] = []
        for type in types {
            declarations.append(
                SwiftRenderer.indented(
                    try SwiftRenderer(templates: templates).declaration(type, access: model.accessLevel), by: levels))
        }
        return declarations
    }

    private func renderResource(
        _ resource: ClientModel.Resource,
        parent: String,
        path: [String],
        in scope: ShadowedModelNames
    ) throws(Diagnostic) -> GeneratedFile {
        let protocolName = resource.protocolName
        var operations: [String] = []
        var requirements: [(operation: ClientModel.Operation, arguments: [ArgumentContext], documentation: [String])] =
            []
        var protocolPaging: [String] = []
        for operation in resource.operations.map(scope.qualifying) {
            let pagingInProtocol = protocolName != nil && operation.paging.map(Self.callsOnlyTheOperation) == true
            operations += try declarations(of: operation, withPaging: !pagingInProtocol).map {
                SwiftRenderer.indented($0, by: 2)
            }
            guard protocolName != nil else { continue }
            // The enums of bodies by status are nested in the resource, which the protocol is beside.
            let nestedInResource = Set(
                [operation.errorsByStatus, operation.successesByStatus].compactMap(\.?.typeName))
            var beside = operation
            let qualify = { (name: String) in
                nestedInResource.contains(name) ? "\(parent).\(resource.typeName).\(name)" : name
            }
            beside.errorBody = operation.errorBody.mapNamed(qualify)
            beside.response = operation.response?.mapNamed(qualify)
            requirements.append((beside, Self.arguments(of: beside), Self.documentation(beside)))
            if pagingInProtocol, let paging = operation.paging {
                protocolPaging.append(SwiftRenderer.indented(try renderAutoPaging(beside, paging), by: 1))
            }
        }
        let resourceProtocol = try protocolName.map { (name) throws(Diagnostic) in
            try ResourceProtocolRenderer(templates: templates, access: access).render(
                resource, protocolName: name, parent: parent, path: path, operations: requirements,
                pagingDeclarations: protocolPaging)
        }
        let nested = try declarations(of: resource.nestedTypes.map(scope.qualifying), indentedBy: 2)
        let context = ResourceContext(
            source: model.source,
            parent: parent,
            pathDescription: path.joined(separator: "."),
            access: access,
            typeName: resource.typeName,
            resources: resource.resources.map {
                ResourceLink(propertyName: $0.propertyName, typeName: $0.typeName)
            },
            operationDeclarations: operations,
            nestedDeclarations: nested,
            protocolName: protocolName,
            protocolDeclaration: resourceProtocol.map { SwiftRenderer.indented($0.declaration, by: 1) },
            protocolExtension: resourceProtocol?.extension
        )
        let text = try templates.render(context, with: "Resource")
        let fileName = (parent + "." + resource.typeName).split(separator: ".").dropFirst().joined(separator: ".")
        return GeneratedFile(path: "Resources/\(fileName).swift", contents: SwiftRenderer.tidy(text))
    }

    // MARK: - Operations

    fileprivate struct OperationContext {
        let documentation: [String]
        let isDeprecated: Bool
        let access: String
        let name: String
        /// The parameters, then the body; the template adds the options.
        let arguments: [ArgumentContext]
        let errorBody: String
        let returnType: String?
        let method: String
        /// Path parameters serialized in their style before the request.
        let pathBindings: [ParameterCalls.PathBinding]
        /// The pieces of the path's string literal.
        let pathParts: [ParameterCalls.PathPart]
        let operationID: String
        /// The server the operation names instead of the API's, as a literal.
        let server: String?
        /// The `Accept` header's value as a literal, for a response that is not JSON.
        let accept: String?
        let queryCalls: [ParameterCalls.Call]
        let headerCalls: [ParameterCalls.Call]
        let cookieCalls: [ParameterCalls.Call]
        let body: BodyContext?
        /// Whether anything is set on the request after it is made (`var request`).
        let changesRequest: Bool
    }

    /// How the request body is sent: one of the encodings, with the media type (a literal) of text and bytes and the
    /// parts of a multipart form.
    fileprivate struct BodyContext {
        let isRequired: Bool
        let isJSON: Bool
        let isForm: Bool
        let isText: Bool
        let isBytes: Bool
        let isMultipart: Bool
        let mediaType: String?
        let parts: [PartContext]
    }

    /// A part of a multipart body: its name as a literal, the body's property, and whether it is a file.
    fileprivate struct PartContext {
        let key: String
        let name: String
        let isFile: Bool
    }

    /// The operation's method, its auto-paging twin for list operations (unless the resource's protocol has it), and
    /// the enums of its success and error bodies when they differ by status.
    private func declarations(
        of operation: ClientModel.Operation, withPaging: Bool = true
    ) throws(Diagnostic) -> [String] {
        var declarations = [try render(operation)]
        if withPaging, let paging = operation.paging {
            declarations.append(try renderAutoPaging(operation, paging))
        }
        let bodies = BodiesByStatusRenderer(templates: templates, access: access)
        if let successes = operation.successesByStatus {
            declarations.append(try bodies.render(successes, kind: "success bodies", of: operation.name))
        }
        if let errors = operation.errorsByStatus {
            declarations.append(try bodies.render(errors, kind: "error bodies", of: operation.name))
        }
        return declarations
    }

    /// Whether auto-paging calls nothing but the operation (cursors and offsets), so that a resource's protocol can
    /// have it; following links takes the client.
    private static func callsOnlyTheOperation(_ paging: ClientModel.Operation.Paging) -> Bool {
        if case .link = paging.style { return false }
        return true
    }

    /// The method's arguments: the parameters, then the body; the templates add the options.
    private static func arguments(of operation: ClientModel.Operation) -> [ArgumentContext] {
        var arguments = operation.parameters.map { ArgumentContext($0) }
        if let requestBody = operation.body {
            arguments.append(
                ArgumentContext(
                    label: "_", name: "body",
                    type: (requestBody.isRequired ? requestBody.type : TypeReference.optional(requestBody.type)).swift,
                    defaultValue: requestBody.isRequired ? nil : "nil",
                    documentation: DocumentationMarkup.firstLine(requestBody.documentation) ?? ""))
        }
        return arguments
    }

    private func render(_ operation: ClientModel.Operation) throws(Diagnostic) -> String {
        let arguments = Self.arguments(of: operation)
        let path = ParameterCalls.path(
            operation.path, parameters: operation.pathParameters,
            taken: Set(operation.parameters.map { SwiftNaming.unescaped($0.name) } + ["request", "body"]))
        var body: BodyContext?
        if let requestBody = operation.body {
            var (mediaType, isText, isBytes): (String?, Bool, Bool) = (nil, false, false)
            switch requestBody.encoding {
            case .text(let type): (mediaType, isText) = (type, true)
            case .bytes(let type): (mediaType, isBytes) = (type, true)
            case .json, .form, .multipart: break
            }
            body = BodyContext(
                isRequired: requestBody.isRequired,
                isJSON: requestBody.encoding == .json,
                isForm: requestBody.encoding == .form,
                isText: isText,
                isBytes: isBytes,
                isMultipart: requestBody.encoding == .multipart,
                mediaType: mediaType.map(SwiftLiteral.string),
                parts: requestBody.parts.map {
                    PartContext(key: SwiftLiteral.string($0.key), name: $0.name, isFile: $0.isFile)
                })
        }
        let context = OperationContext(
            documentation: Self.documentation(operation),
            isDeprecated: operation.isDeprecated,
            access: access,
            name: operation.name,
            arguments: arguments,
            errorBody: operation.errorBody.swift,
            returnType: operation.response?.swift,
            method: operation.httpMethod,
            pathBindings: path.bindings,
            pathParts: path.parts,
            operationID: SwiftLiteral.string(operation.operationID),
            server: operation.server.map(SwiftLiteral.string),
            accept: operation.accept.map(SwiftLiteral.string),
            queryCalls: ParameterCalls.query(operation.queryParameters),
            headerCalls: operation.headerParameters.map { ParameterCalls.Call($0) },
            cookieCalls: operation.cookieParameters.map { ParameterCalls.Call($0) },
            body: body,
            changesRequest: operation.accept != nil || body != nil
                || !(operation.queryParameters + operation.headerParameters + operation.cookieParameters).isEmpty
        )
        return CallLayout.breakingLongCalls(try templates.render(context, with: "Operation"))
    }

    /// The render context of both auto-paging templates: `AutoPaging` (cursors) and `LinkPaging` (links in pages).
    fileprivate struct PagingContext {
        let documentation: [String]
        let isDeprecated: Bool
        let access: String
        let name: String
        /// The page method's parameters; the template adds the options.
        let arguments: [ArgumentContext]
        let itemType: String
        let errorBody: String
        let pageMethod: String
        /// The page method's arguments: the caller's, with those a page is fetched by taken from the cursor or offset;
        /// the template adds the options.
        let callArguments: [PassedArgument]
        /// Cursor paging: the arguments the first page starts after or ends before, or the page token it starts at.
        let startingAfter: String?
        let endingBefore: String?
        let page: String?
        /// Offset paging: the argument the first page starts at.
        let offset: String?
        /// Link and offset paging: the page's type, and the member that holds its items.
        let pageType: String?
        let items: MemberContext?
        /// Link paging: the members that lead from a page to the link to the next.
        let next: [MemberContext]
        /// Offset paging: the page's metadata, and the metadata's current page and page count.
        let metadata: MemberContext?
        let currentPage: MemberContext?
        let totalPages: MemberContext?
    }

    /// A stored property on the way from a page to what paging reads.
    fileprivate struct MemberContext {
        let name: String
        let isOptional: Bool
        /// Optional and followed by another member: chained with `?`.
        let chains: Bool
    }

    private static func members(_ path: [ClientModel.Operation.Paging.Member]) -> [MemberContext] {
        path.enumerated().map { index, member in
            MemberContext(
                name: member.name, isOptional: member.isOptional,
                chains: member.isOptional && index < path.count - 1)
        }
    }

    private func renderAutoPaging(
        _ operation: ClientModel.Operation,
        _ paging: ClientModel.Operation.Paging
    ) throws(Diagnostic) -> String {
        let parameters = operation.parameters
        let method = SwiftNaming.unescaped(operation.name)
        var cursorMembers: [String: String] = [:]
        var (startingAfter, endingBefore, pageToken, offset): (String?, String?, String?, String?)
        var page: (type: String, items: ClientModel.Operation.Paging.Member)?
        var next: [ClientModel.Operation.Paging.Member] = []
        var offsetMembers: [ClientModel.Operation.Paging.Member] = []
        let start: String
        switch paging.style {
        case .cursor(let after, let before):
            (startingAfter, endingBefore) = (after, before)
            cursorMembers[after] = "startingAfter"
            if let before { cursorMembers[before] = "endingBefore" }
            start = "`\(after)`" + (before.map { " or `\($0)`" } ?? "")
        case .page(let token):
            pageToken = token
            cursorMembers[token] = "page"
            start = "`\(token)`"
        case .link(let pageType, let items, let link):
            page = (pageType.swift, items)
            next = link
            start = ""
        case .offset(let pageType, let offsetArgument, let items, let metadata, let currentPage, let totalPages):
            page = (pageType.swift, items)
            offsetMembers = [metadata, currentPage, totalPages]
            offset = offsetArgument
            start = "`\(offsetArgument)`"
        }
        let isOffset: Bool
        if case .offset = paging.style { isOffset = true } else { isOffset = false }
        let documentation =
            page == nil || isOffset
            ? [
                "/// Every item `\(method)` returns, fetching the next page when iteration reaches it.",
                "/// Takes the arguments of `\(method)`; \(start) picks where to start.",
            ]
            : [
                "/// Every item `\(method)` returns, following each page's link to the next when iteration reaches it.",
                "/// Takes the arguments of `\(method)`, which pick the first page.",
            ]
        let context = PagingContext(
            documentation: documentation,
            isDeprecated: operation.isDeprecated,
            access: access,
            name: method + "AutoPaging",
            arguments: parameters.map { ArgumentContext($0) },
            itemType: paging.itemType.swift,
            errorBody: operation.errorBody.swift,
            pageMethod: operation.name,
            callArguments: parameters.map {
                PassedArgument(
                    label: SwiftNaming.argumentLabel($0.name), name: $0.name, cursorMember: cursorMembers[$0.name],
                    takesOffset: $0.name == offset)
            },
            startingAfter: startingAfter,
            endingBefore: endingBefore,
            page: pageToken,
            offset: offset,
            pageType: page?.type,
            items: page.map { Self.members([$0.items])[0] },
            next: Self.members(next),
            metadata: offsetMembers.first.map { Self.members([$0])[0] },
            currentPage: offsetMembers.dropFirst().first.map { Self.members([$0])[0] },
            totalPages: offsetMembers.dropFirst(2).first.map { Self.members([$0])[0] }
        )
        return try templates.render(
            context, with: isOffset ? "OffsetPaging" : page == nil ? "AutoPaging" : "LinkPaging")
    }

    /// The operation's description, every argument (those the spec does not describe say so), and the path and
    /// method it is generated from.
    private static func documentation(_ operation: ClientModel.Operation) -> [String] {
        var lines = DocumentationComment.lines(operation.documentation)
        if !operation.parameters.isEmpty || operation.body != nil {
            if !lines.isEmpty { lines.append("///") }
            lines.append("/// - Parameters:")
            for parameter in operation.parameters {
                lines += DocumentationComment.parameter(
                    SwiftNaming.unescaped(parameter.name),
                    DocumentationMarkup.firstLine(parameter.documentation) ?? "Not described by the spec.")
            }
            if let body = operation.body {
                lines += DocumentationComment.parameter(
                    "body", DocumentationMarkup.firstLine(body.documentation) ?? "The request body.")
            }
            lines += DocumentationComment.parameter("options", "Per-call settings such as an idempotency key.")
        }
        let pointer = "#" + JSONPointer(tokens: ["paths", operation.path, operation.httpMethod]).description
        return lines + DocumentationComment.origin(pointer, hasText: !lines.isEmpty)
    }
}

// Direct key lookup for the client render contexts (see RenderContext+Mustache.swift).

extension ClientRenderer.ClientContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "source": .value(self.source)
        case "name": .value(self.name)
        case "access": .value(self.access)
        case "documentation": .value(self.documentation)
        case "initArguments": .value(self.initArguments)
        case "defaultServerURL": .value(self.defaultServerURL)
        case "otherServers": .value(self.otherServers)
        case "hasAuthorization": .value(self.hasAuthorization)
        case "convenienceInit": .value(self.convenienceInit)
        case "defaultHeaders": .value(self.defaultHeaders)
        case "clientBinding": .value(self.clientBinding)
        case "retryAdviceHeader": .value(self.retryAdviceHeader)
        case "optionHeaders": .value(self.optionHeaders)
        case "hasOptionHeaders": .value(self.hasOptionHeaders)
        case "resources": .value(self.resources)
        case "operationDeclarations": .value(self.operationDeclarations)
        case "nestedDeclarations": .value(self.nestedDeclarations)
        default: .unknown
        }
    }
}

extension ClientRenderer.ConvenienceInit: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "arguments": .value(self.arguments)
        case "headers": .value(self.headers)
        case "isBearer": .value(self.isBearer)
        case "isBasic": .value(self.isBasic)
        case "isAPIKey": .value(self.isAPIKey)
        case "secret": .value(self.secret)
        case "user": .value(self.user)
        case "password": .value(self.password)
        case "apiKeyPlace": .value(self.apiKeyPlace)
        case "apiKeyName": .value(self.apiKeyName)
        default: .unknown
        }
    }
}

extension ClientRenderer.ServerContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "argument": .value(self.argument)
        case "url": .value(self.url)
        case "documentation": .value(self.documentation)
        default: .unknown
        }
    }
}

extension ClientRenderer.OptionHeaderContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "name": .value(self.name)
        case "key": .value(self.key)
        case "documentation": .value(self.documentation)
        default: .unknown
        }
    }
}

extension ClientRenderer.HeaderSetting: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "key": .value(self.key)
        case "value": .value(self.value)
        default: .unknown
        }
    }
}

extension ClientRenderer.ResourceLink: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "propertyName": .value(self.propertyName)
        case "typeName": .value(self.typeName)
        default: .unknown
        }
    }
}

extension ClientRenderer.ResourceContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "source": .value(self.source)
        case "parent": .value(self.parent)
        case "pathDescription": .value(self.pathDescription)
        case "access": .value(self.access)
        case "typeName": .value(self.typeName)
        case "resources": .value(self.resources)
        case "operationDeclarations": .value(self.operationDeclarations)
        case "nestedDeclarations": .value(self.nestedDeclarations)
        case "protocolName": .value(self.protocolName)
        case "protocolDeclaration": .value(self.protocolDeclaration)
        case "protocolExtension": .value(self.protocolExtension)
        default: .unknown
        }
    }
}

extension ClientRenderer.PagingContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "documentation": .value(self.documentation)
        case "isDeprecated": .value(self.isDeprecated)
        case "access": .value(self.access)
        case "name": .value(self.name)
        case "arguments": .value(self.arguments)
        case "itemType": .value(self.itemType)
        case "errorBody": .value(self.errorBody)
        case "pageMethod": .value(self.pageMethod)
        case "callArguments": .value(self.callArguments)
        case "startingAfter": .value(self.startingAfter)
        case "endingBefore": .value(self.endingBefore)
        case "page": .value(self.page)
        case "offset": .value(self.offset)
        case "pageType": .value(self.pageType)
        case "items": .value(self.items)
        case "next": .value(self.next)
        case "metadata": .value(self.metadata)
        case "currentPage": .value(self.currentPage)
        case "totalPages": .value(self.totalPages)
        default: .unknown
        }
    }
}

extension ClientRenderer.MemberContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "name": .value(self.name)
        case "isOptional": .value(self.isOptional)
        case "chains": .value(self.chains)
        default: .unknown
        }
    }
}

extension ClientRenderer.OperationContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "documentation": .value(self.documentation)
        case "isDeprecated": .value(self.isDeprecated)
        case "access": .value(self.access)
        case "name": .value(self.name)
        case "arguments": .value(self.arguments)
        case "errorBody": .value(self.errorBody)
        case "returnType": .value(self.returnType)
        case "method": .value(self.method)
        case "pathBindings": .value(self.pathBindings)
        case "pathParts": .value(self.pathParts)
        case "operationID": .value(self.operationID)
        case "server": .value(self.server)
        case "accept": .value(self.accept)
        case "queryCalls": .value(self.queryCalls)
        case "headerCalls": .value(self.headerCalls)
        case "cookieCalls": .value(self.cookieCalls)
        case "body": .value(self.body)
        case "changesRequest": .value(self.changesRequest)
        default: .unknown
        }
    }
}

extension ClientRenderer.BodyContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "isRequired": .value(self.isRequired)
        case "isJSON": .value(self.isJSON)
        case "isForm": .value(self.isForm)
        case "isText": .value(self.isText)
        case "isBytes": .value(self.isBytes)
        case "isMultipart": .value(self.isMultipart)
        case "mediaType": .value(self.mediaType)
        case "parts": .value(self.parts)
        default: .unknown
        }
    }
}

extension ClientRenderer.PartContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "key": .value(self.key)
        case "name": .value(self.name)
        case "isFile": .value(self.isFile)
        default: .unknown
        }
    }
}

extension ParameterCalls.WireValue: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "name": .value(self.name)
        case "isOptional": .value(self.isOptional)
        case "isPlain": .value(self.isPlain)
        case "isEnumeration": .value(self.isEnumeration)
        case "isEnumerationArray": .value(self.isEnumerationArray)
        case "isDateArray": .value(self.isDateArray)
        case "isDate": .value(self.isDate)
        case "isUnixTime": .value(self.isUnixTime)
        default: .unknown
        }
    }
}

extension ParameterCalls.Call: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "key": .value(self.key)
        case "name": .value(self.name)
        case "value": .value(self.value)
        case "style": .value(self.style)
        case "explode": .value(self.explode)
        case "isDirect": .value(self.isDirect)
        case "passesExplode": .value(self.passesExplode)
        case "isDeepObject": .value(self.isDeepObject)
        case "isStyled": .value(self.isStyled)
        case "isScalar": .value(self.isScalar)
        default: .unknown
        }
    }
}

extension ParameterCalls.PathPart: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "text": .value(self.text)
        case "segment": .value(self.segment)
        case "local": .value(self.local)
        default: .unknown
        }
    }
}

extension ParameterCalls.PathBinding: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "local": .value(self.local)
        case "call": .value(self.call)
        default: .unknown
        }
    }
}
