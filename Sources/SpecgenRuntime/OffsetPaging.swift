/// Every item of a list paged by `limit` and `offset`, as Personio's v1 lists are, fetching pages as iteration reaches
/// them: each next page starts where the items received so far end, until a page says it is the last
/// (`metadata.current_page` reaching `total_pages - 1`) or comes back empty. Breaking out of the loop fetches nothing
/// further; more than ``PagingStopped/maxPages`` pages end the iteration with ``PagingFailure/paging(_:)``.
public struct OffsetPaging<Page: Sendable, Item: Sendable, Failure: PagingFailure>: AsyncSequence, Sendable {
    public typealias Element = Item

    private let first: Int?
    private let fetch: @Sendable (Int?) async throws(Failure) -> Page
    private let items: @Sendable (Page) -> [Item]
    private let isLast: @Sendable (Page) -> Bool

    /// - Parameters:
    ///   - first: The offset of the first page; `nil` for the server's default (the start).
    ///   - fetch: Fetches the page at an offset.
    ///   - items: A page's items.
    ///   - isLast: Whether a page says no page follows it.
    public init(
        first: Int?,
        fetch: @escaping @Sendable (Int?) async throws(Failure) -> Page,
        items: @escaping @Sendable (Page) -> [Item],
        isLast: @escaping @Sendable (Page) -> Bool
    ) {
        self.first = first
        self.fetch = fetch
        self.items = items
        self.isLast = isLast
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(paging: self)
    }

    public struct Iterator: AsyncIteratorProtocol {
        private let paging: OffsetPaging
        private var pending: [Item] = []
        private var offset: Int?
        private var finished = false
        private var fetched = PagesFetched<Failure>()

        init(paging: OffsetPaging) {
            self.paging = paging
            self.offset = paging.first
        }

        public mutating func next() async throws(Failure) -> Item? {
            while pending.isEmpty {
                guard !finished else { return nil }
                try fetched.insert(nil)
                let page = try await paging.fetch(offset)
                let received = paging.items(page)
                finished = received.isEmpty || paging.isLast(page)
                offset = (offset ?? 0) + received.count
                // Consumed from the end.
                pending = received.reversed()
            }
            return pending.popLast()
        }
    }
}
