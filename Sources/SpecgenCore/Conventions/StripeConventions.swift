/// Stripe's vendor extensions and shapes: `x-stripeEnum`, expandable fields, list objects, the empty-string marker
/// that clears a field, the pinned API version, the `object` tag.
struct StripeConventions: Conventions {
    /// Values of `x-stripeEnum: {kind: open|closed, values: [...]}`, which newer Stripe specs put on strings
    /// whose values grow over time instead of a JSON Schema `enum`.
    func enumValues(of schema: Schema) -> [Node]? {
        guard let values = schema.extensions["x-stripeEnum"]?["values"]?.sequence, !values.isEmpty else { return nil }
        return values
    }

    /// The object variants of an expandable field: `anyOf: [{type: string}, {$ref: customer}, …]` marked with
    /// `x-expansionResources`. `nil` for any other schema.
    func expansionTargets(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> [RefOr<Schema>]? {
        guard schema.extensions["x-expansionResources"] != nil, !schema.anyOf.isEmpty else { return nil }
        var objects: [RefOr<Schema>] = []
        var hasID = false
        for variant in schema.anyOf {
            if variant.reference != nil {
                objects.append(variant)
            } else if resolve(variant)?.types == [.string] {
                hasID = true
            } else {
                return nil
            }
        }
        return hasID && !objects.isEmpty ? objects : nil
    }

    /// The variants of a union without Stripe's "empty string clears the field" marker
    /// (`anyOf: [<schema>, {type: string, enum: [""]}]`); `nil` when the union has no such marker besides a value.
    func variantsWithoutClearMarker(
        _ variants: [RefOr<Schema>],
        resolve: (RefOr<Schema>) -> Schema?
    ) -> [RefOr<Schema>]? {
        let kept = variants.filter { variant in
            guard let schema = resolve(variant), let values = schema.enumValues, values.count == 1,
                values[0].scalar?.value == "", values[0].scalar?.isNull == false
            else { return true }
            return !(schema.types.isEmpty || schema.types == [.string])
        }
        return kept.count < variants.count && !kept.isEmpty ? kept : nil
    }

    /// The item schema of a list object (`object: list`, `data`, `has_more`, `url`) or a search result (`object:
    /// search_result`, plus `next_page` and `total_count`), which lower to `ListPage<Item>`; `nil` for any other
    /// schema, including lists with members of their own.
    func listItems(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> RefOr<Schema>? {
        let keys = Set(schema.properties.keys)
        guard keys.isSuperset(of: ["data", "has_more", "object", "url"]),
            keys.isSubset(of: ["data", "has_more", "object", "url", "next_page", "total_count"]),
            let data = schema.properties["data"].flatMap(resolve), data.types == [.array], let items = data.items,
            let object = schema.properties["object"].flatMap(resolve),
            let tags = object.enumValues ?? enumValues(of: object), tags.count == 1,
            let tag = tags[0].scalar?.value, tag == "list" || tag == "search_result"
        else { return nil }
        return items
    }

    /// The API version Stripe's published specs describe (`info.version`, marked by `x-stripeSpecFilename`): the
    /// `Stripe-Version` a generated client sends unless told otherwise, as Stripe's SDKs pin theirs.
    func versionHeader(of info: Info) -> VersionHeader? {
        guard info.extensions["x-stripeSpecFilename"] != nil else { return nil }
        return VersionHeader(key: "Stripe-Version", argument: "stripeVersion", version: info.version)
    }

    /// Stripe's v1 lists page by the ID to start after (or end before), its search results by `page`.
    var cursorParameters: CursorParameters? {
        CursorParameters(startingAfter: "starting_after", endingBefore: "ending_before", page: "page")
    }

    /// Stripe marks each object's type with a one-value enum on its `object` property (`enum: [customer]`):
    /// a constant tag, kept as a `String` rather than a one-case enum.
    func isObjectTag(_ property: String, values: [Node]) -> Bool {
        property == "object" && values.count == 1
    }

    /// `Stripe-Account`: the connected account a Connect platform acts for, per call.
    var optionHeaders: [ClientModel.OptionHeader] {
        [
            .init(
                name: "stripeAccount", key: "Stripe-Account",
                documentation: "Sent as `Stripe-Account`: the connected account a Stripe Connect platform acts for.")
        ]
    }

    /// Stripe's v2 lists: `data`, and the next page at `next_page_url`.
    var pageLinks: [PageLink] { [PageLink(items: "data", next: ["next_page_url"])] }

    /// `subscription_exposed_id`, the spec's internal name of a subscription's ID in its paths, is `subscription`, as
    /// the subscription's other paths (`/v1/subscriptions/{subscription}/resume`) call it.
    func argumentName(ofPathParameter key: String) -> String? {
        key.hasSuffix("_exposed_id") ? String(key.dropLast("_exposed_id".count)) : nil
    }

    /// Operations where Stripe's SDKs have them: by the method names the spec gives (`x-stripeOperations`, in
    /// Stripe's SDK specs), else by ``StripeOperationPlacement``'s rules.
    func placements(_ placements: [OperationPlacement], in document: ResolvedDocument) -> [OperationPlacement] {
        let responses = placements.map { placement in
            placement.response.map { response in
                let items = listItems(of: response, resolve: document.resolve)
                let object = items.flatMap(document.resolve) ?? response
                return StripeOperationPlacement.Response(
                    objectName: object.extensions["x-resourceId"]?.scalar?.value, isList: items != nil)
            }
        }
        var placed = StripeOperationPlacement(placements, responses: responses).placed()
        let methodNames = Self.sdkMethodNames(document.document)
        for index in placed.indices {
            let key = placed[index].method.rawValue + " " + placed[index].wirePath
            if let name = methodNames[key] { placed[index].name = SwiftNaming.memberName(name) }
        }
        return placed
    }

    /// The method names Stripe's SDK specs give operations, by `METHOD path`: each resource schema's
    /// `x-stripeOperations` lists `{method_name, operation, path}` (`delete_where` for `post /v1/apps/secrets/delete`).
    private static func sdkMethodNames(_ document: OpenAPIDocument) -> [String: String] {
        var names: [String: String] = [:]
        for (_, schema) in document.components.schemas {
            for operation in schema.value?.extensions["x-stripeOperations"]?.sequence ?? [] {
                guard let name = operation["method_name"]?.scalar?.value,
                    let method = operation["operation"]?.scalar?.value.lowercased(),
                    let path = operation["path"]?.scalar?.value
                else { continue }
                names[method + " " + path] = name
            }
        }
        return names
    }

    /// Stripe says with `Stripe-Should-Retry` whether a request is worth retrying, whatever its status.
    var retryAdviceHeader: String? { "Stripe-Should-Retry" }
}
