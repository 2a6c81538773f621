/// A vendor's rules, asked by the Lower steps at fixed points: Stripe's expandable fields, list objects and
/// empty-string markers, Personio's attribute envelopes. Each hook has a neutral default, so an API whose vendor has
/// no rules (``GenericConventions``) is lowered by the generic rules alone.
protocol Conventions: Sendable {
    /// Values of a vendor's enum extension, for a schema without a JSON Schema `enum`.
    func enumValues(of schema: Schema) -> [Node]?

    /// The object variants of a field that is an ID or, when expanded, the object; `nil` for other schemas.
    func expansionTargets(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> [RefOr<Schema>]?

    /// The variants of a union without a marker that clears the field; `nil` when it has no such marker.
    func variantsWithoutClearMarker(
        _ variants: [RefOr<Schema>], resolve: (RefOr<Schema>) -> Schema?
    ) -> [RefOr<Schema>]?

    /// The item schema of a vendor's list object, which lowers to `ListPage<Item>`; `nil` for other schemas.
    func listItems(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> RefOr<Schema>?

    /// The header that names the API version, and the version a client sends in it unless told otherwise.
    func versionHeader(of info: Info) -> VersionHeader?

    /// Whether a property with these enum values is a constant type tag, kept a `String`.
    func isObjectTag(_ property: String, values: [Node]) -> Bool

    /// The name of a shape declared once for all its uses, when the vendor has a name for it.
    func sharedName(of type: NamedType, firstUsedIn root: String) -> String?

    /// Headers the API takes per call, which the client's `RequestOptions` init offers as arguments.
    var optionHeaders: [ClientModel.OptionHeader] { get }

    /// A response header whose `true` or `false` overrides whether a status is retried.
    var retryAdviceHeader: String? { get }

    /// How the vendor's list pages link to the next page, for auto-paging by link.
    var pageLinks: [PageLink] { get }

    /// The query parameters that pick a list page by cursor, for auto-paging lists of ``listItems(of:resolve:)``.
    var cursorParameters: CursorParameters? { get }

    /// How lists page by limit and offset with page counters in each page, for auto-paging by offset.
    var offsetPages: OffsetPages? { get }

    /// The argument name of a path parameter when the vendor's SDKs call it otherwise than the spec; `nil` to name it
    /// from its key.
    func argumentName(ofPathParameter key: String) -> String?

    /// The operations of `document` where the vendor's SDKs put them, when that differs from where the path rules
    /// put them: the same placements back, in the same order, with other resources and names.
    func placements(_ placements: [OperationPlacement], in document: ResolvedDocument) -> [OperationPlacement]
}

extension Conventions {
    func enumValues(of schema: Schema) -> [Node]? { nil }
    func expansionTargets(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> [RefOr<Schema>]? { nil }
    func variantsWithoutClearMarker(
        _ variants: [RefOr<Schema>], resolve: (RefOr<Schema>) -> Schema?
    ) -> [RefOr<Schema>]? { nil }
    func listItems(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> RefOr<Schema>? { nil }
    func versionHeader(of info: Info) -> VersionHeader? { nil }
    func isObjectTag(_ property: String, values: [Node]) -> Bool { false }
    func sharedName(of type: NamedType, firstUsedIn root: String) -> String? { nil }
    var optionHeaders: [ClientModel.OptionHeader] { [] }
    var retryAdviceHeader: String? { nil }
    var pageLinks: [PageLink] { [] }
    var cursorParameters: CursorParameters? { nil }
    var offsetPages: OffsetPages? { nil }
    func argumentName(ofPathParameter key: String) -> String? { nil }
    func placements(_ placements: [OperationPlacement], in document: ResolvedDocument) -> [OperationPlacement] {
        placements
    }
}

/// The rules of an API no vendor file knows: none beyond the generic ones.
struct GenericConventions: Conventions {}

/// The vendors whose conventions Specgen knows, as `conventions:` in specgen.yaml names them.
public enum Vendor: String, Sendable, CaseIterable {
    case stripe, personio
    /// No vendor's rules: the generic ones alone (`none` in specgen.yaml).
    case generic = "none"

    /// The vendor a document comes from: Stripe when it carries Stripe's extensions (`x-stripeSpecFilename`,
    /// `x-stripeResource`, `x-expansionResources`) or its server is on `stripe.com`; Personio when its server is on
    /// `personio.de` or `personio.com`; otherwise none.
    static func detect(_ document: OpenAPIDocument) -> Vendor {
        let hosts = document.servers.compactMap { server in
            server.url.split(separator: "/").dropFirst(1).first.map { String($0).lowercased() }
        }
        let isOn = { (domain: String) in hosts.contains { $0 == domain || $0.hasSuffix("." + domain) } }
        if document.info.extensions["x-stripeSpecFilename"] != nil || isOn("stripe.com") { return .stripe }
        if document.components.schemas.values.contains(where: {
            $0.value?.extensions["x-stripeResource"] != nil || $0.value?.extensions["x-resourceId"] != nil
        }) {
            return .stripe
        }
        if isOn("personio.de") || isOn("personio.com") { return .personio }
        return .generic
    }

    var conventions: any Conventions {
        switch self {
        case .stripe: StripeConventions()
        case .personio: PersonioConventions()
        case .generic: GenericConventions()
        }
    }

    /// The rules of several vendors together (a spec that follows both), asked in order.
    static func conventions(of vendors: [Vendor]) -> any Conventions {
        vendors.count == 1 ? vendors[0].conventions : CombinedConventions(parts: vendors.map(\.conventions))
    }

    /// `conventions:` of specgen.yaml: one vendor's name, or a list of them.
    static func decodeList(_ node: Node, files: SourceFiles) -> Result<[Vendor], Diagnostic> {
        let items = node.sequence ?? [node]
        var vendors: [Vendor] = []
        for item in items {
            guard let text = item.scalar?.value, let vendor = Vendor(rawValue: text) else {
                let known = allCases.map(\.rawValue).joined(separator: ", ")
                let what = item.scalar.map { "'\($0.value)'" } ?? item.kindDescription
                return .failure(
                    .error(
                        "conventions \(what) names no vendor Specgen knows", at: files.location(of: item.mark),
                        hint: "use \(known), or a list of them"))
            }
            vendors.append(vendor)
        }
        return .success(vendors)
    }
}

/// Several vendors' rules: each hook answers with the first vendor's answer that is not neutral.
struct CombinedConventions: Conventions {
    let parts: [any Conventions]

    /// The first part's answer that is not `nil`.
    private func first<T>(_ answer: (any Conventions) -> T?) -> T? {
        for part in parts {
            if let value = answer(part) { return value }
        }
        return nil
    }

    func enumValues(of schema: Schema) -> [Node]? { first { $0.enumValues(of: schema) } }
    func expansionTargets(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> [RefOr<Schema>]? {
        first { $0.expansionTargets(of: schema, resolve: resolve) }
    }
    func variantsWithoutClearMarker(
        _ variants: [RefOr<Schema>], resolve: (RefOr<Schema>) -> Schema?
    ) -> [RefOr<Schema>]? {
        first { $0.variantsWithoutClearMarker(variants, resolve: resolve) }
    }
    func listItems(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> RefOr<Schema>? {
        first { $0.listItems(of: schema, resolve: resolve) }
    }
    func versionHeader(of info: Info) -> VersionHeader? { first { $0.versionHeader(of: info) } }
    func isObjectTag(_ property: String, values: [Node]) -> Bool {
        parts.contains { $0.isObjectTag(property, values: values) }
    }
    func sharedName(of type: NamedType, firstUsedIn root: String) -> String? {
        first { $0.sharedName(of: type, firstUsedIn: root) }
    }
    var optionHeaders: [ClientModel.OptionHeader] { parts.flatMap(\.optionHeaders) }
    var retryAdviceHeader: String? { first(\.retryAdviceHeader) }
    var pageLinks: [PageLink] { parts.flatMap(\.pageLinks) }
    var cursorParameters: CursorParameters? { first(\.cursorParameters) }
    var offsetPages: OffsetPages? { first(\.offsetPages) }
    func argumentName(ofPathParameter key: String) -> String? { first { $0.argumentName(ofPathParameter: key) } }
    func placements(_ placements: [OperationPlacement], in document: ResolvedDocument) -> [OperationPlacement] {
        parts.reduce(placements) { $1.placements($0, in: document) }
    }
}

/// Where a list page holds its items and the link to the next page, as member keys from the page down:
/// `data` and `next_page_url` (Stripe v2), `_data` and `_meta.links.next.href` (Personio v2).
struct PageLink: Sendable {
    var items: String
    var next: [String]
}

/// A header every request sends with the API version (`Stripe-Version`): its name, the client init's argument, and
/// the version this client was generated from.
struct VersionHeader: Sendable {
    var key: String
    var argument: String
    var version: String
}

/// The query parameters that pick a page of a list by cursor: the item to start after (and, when the operation takes
/// it, the one to end before), or a page token from the previous page.
struct CursorParameters: Sendable {
    var startingAfter: String
    var endingBefore: String
    var page: String
}

/// Lists paged by `limit` and `offset` query parameters, whose pages hold their items and a metadata object with the
/// current page and the page count.
struct OffsetPages: Sendable {
    var limit: String
    var offset: String
    var items: String
    var metadata: String
    var currentPage: String
    var totalPages: String
}

/// Where the path rules put an operation, for a vendor's rules to move: its path and method, its description and
/// the schema of its first JSON success, and the resource (the path's static segments) and the method name it has
/// there.
struct OperationPlacement: Sendable {
    var wirePath: String
    var method: PathItem.Method
    var description: String?
    var response: Schema?
    var resourcePath: [String]
    var name: String
}
