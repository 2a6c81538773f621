/// One page of a list: Stripe's list object (`object: list`) or search result (`object: search_result`), with the
/// items of the page and whether more follow. ``AutoPaging`` walks the pages for you.
public struct ListPage<Item: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The items on this page.
    public var data: [Item]
    /// Whether another page follows this one.
    public var hasMore: Bool
    /// `list` or `search_result`.
    public var object: String
    /// The URL the list is fetched from.
    public var url: String
    /// Search results: the cursor for the next page (`page=`), `nil` on the last page.
    public var nextPage: String?
    /// Search results: how many items match in all, when the API counted them.
    public var totalCount: Int?
    /// The `id` of each item, as the response carried them: the cursors for the pages before and after.
    public private(set) var itemIDs: [String?]

    public init(
        data: [Item],
        hasMore: Bool,
        object: String = "list",
        url: String,
        nextPage: String? = nil,
        totalCount: Int? = nil,
        itemIDs: [String?]? = nil
    ) {
        self.data = data
        self.hasMore = hasMore
        self.object = object
        self.url = url
        self.nextPage = nextPage
        self.totalCount = totalCount
        self.itemIDs = itemIDs ?? data.map(Self.id)
    }

    /// The `id` an item encodes, for a page made in code (a fake's), whose items' ids are the cursors too.
    private static func id(of item: Item) -> String? {
        guard let json = try? JSONCoding.encoder().encode(item) else { return nil }
        return (try? JSONCoding.decoder().decode(ItemID.self, from: json))?.id
    }

    private enum CodingKeys: String, CodingKey {
        case data
        case hasMore = "has_more"
        case object
        case url
        case nextPage = "next_page"
        case totalCount = "total_count"
    }

    private struct ItemID: Decodable {
        var id: String?

        init(from decoder: any Decoder) throws {
            id = try? decoder.container(keyedBy: IDKey.self).decode(String.self, forKey: .id)
        }

        private enum IDKey: String, CodingKey {
            case id
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        data = try container.decode([Item].self, forKey: .data)
        hasMore = try container.decode(Bool.self, forKey: .hasMore)
        object = try container.decode(String.self, forKey: .object)
        url = try container.decode(String.self, forKey: .url)
        nextPage = try container.decodeIfPresent(String.self, forKey: .nextPage)
        totalCount = try container.decodeIfPresent(Int.self, forKey: .totalCount)
        itemIDs = try container.decode([ItemID].self, forKey: .data).map(\.id)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(data, forKey: .data)
        try container.encode(hasMore, forKey: .hasMore)
        try container.encode(object, forKey: .object)
        try container.encode(url, forKey: .url)
        try container.encodeIfPresent(nextPage, forKey: .nextPage)
        try container.encodeIfPresent(totalCount, forKey: .totalCount)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.data == rhs.data && lhs.hasMore == rhs.hasMore && lhs.object == rhs.object && lhs.url == rhs.url
            && lhs.nextPage == rhs.nextPage && lhs.totalCount == rhs.totalCount
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(data)
        hasher.combine(hasMore)
        hasher.combine(url)
    }
}
