/// Personio's shapes that repeat under many names, named for what they are when declared once.
struct PersonioConventions: Conventions {
    /// Personio's v2 lists: `_data`, and the next page at `_meta.links.next.href`.
    var pageLinks: [PageLink] { [PageLink(items: "_data", next: ["_meta", "links", "next", "href"])] }

    /// Personio's v1 lists page by `limit` and `offset`, with `metadata.current_page` and `total_pages`.
    var offsetPages: OffsetPages? {
        OffsetPages(
            limit: "limit", offset: "offset", items: "data", metadata: "metadata", currentPage: "current_page",
            totalPages: "total_pages")
    }

    /// The name of a shared shape that follows Personio's conventions, given where it first appears (`Employee`):
    /// an attribute envelope (`{label, value, type, universal_id}`, the shape of every employee attribute) is
    /// `EmployeeAttribute`; a resource object (`{type, attributes: Employee}`) is `EmployeeResource`.
    func sharedName(of type: NamedType, firstUsedIn root: String) -> String? {
        guard case .structure(let properties) = type.kind else { return nil }
        let keys = Set(properties.map(\.key))
        // Envelopes with more (a salary's `currency`) keep the name of their property: `FixSalary`.
        let envelope: Set<String> = ["label", "value", "type", "universal_id"]
        if keys.isSuperset(of: ["label", "value", "universal_id"]), keys.isSubset(of: envelope) {
            return root + "Attribute"
        }
        if keys == ["type", "attributes"] || keys == ["id", "type", "attributes"],
            case .named(let attributes) = properties.first(where: { $0.key == "attributes" })?.type.unwrapped,
            !attributes.contains(".")
        {
            return attributes + "Resource"
        }
        return nil
    }
}
