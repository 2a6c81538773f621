/// Every item of a list whose pages link to the next one, fetching pages as iteration reaches them: Stripe's v2
/// lists (`next_page_url`) and Personio's v2 lists (`_meta.links.next.href`). The first page comes from the list
/// operation with the caller's arguments; each further page is the link the previous one gives, followed as given
/// (relative to the client's server URL, or absolute on that server). Stops after a page without a link; breaking out
/// of the loop fetches nothing further. A link followed before (a server that links an empty page to itself), or more
/// than ``PagingStopped/maxPages`` pages, ends the iteration with ``PagingFailure/paging(_:)``.
public struct LinkPaging<Page: Sendable, Item: Sendable, Failure: PagingFailure>: AsyncSequence, Sendable {
    public typealias Element = Item

    private let first: @Sendable () async throws(Failure) -> Page
    private let follow: @Sendable (String) async throws(Failure) -> Page
    private let items: @Sendable (Page) -> [Item]
    private let next: @Sendable (Page) -> String?

    /// - Parameters:
    ///   - first: Fetches the first page.
    ///   - follow: Fetches the page a link points at.
    ///   - items: A page's items.
    ///   - next: A page's link to the next page; `nil` (or empty) on the last page.
    public init(
        first: @escaping @Sendable () async throws(Failure) -> Page,
        follow: @escaping @Sendable (String) async throws(Failure) -> Page,
        items: @escaping @Sendable (Page) -> [Item],
        next: @escaping @Sendable (Page) -> String?
    ) {
        self.first = first
        self.follow = follow
        self.items = items
        self.next = next
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(paging: self)
    }

    public struct Iterator: AsyncIteratorProtocol {
        private let paging: LinkPaging
        private var pending: [Item] = []
        private var started = false
        private var link: String?
        private var fetched = PagesFetched<Failure>()

        init(paging: LinkPaging) {
            self.paging = paging
        }

        public mutating func next() async throws(Failure) -> Item? {
            while pending.isEmpty {
                let page: Page
                if !started {
                    started = true
                    try fetched.insert(nil)
                    page = try await paging.first()
                } else if let link {
                    try fetched.insert(link)
                    page = try await paging.follow(link)
                } else {
                    return nil
                }
                link = paging.next(page).flatMap { $0.isEmpty ? nil : $0 }
                // Consumed from the end.
                pending = paging.items(page).reversed()
                if pending.isEmpty, link == nil { return nil }
            }
            return pending.popLast()
        }
    }
}
