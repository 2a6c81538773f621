/// Every item of a paged list, fetching pages as iteration reaches them: `for try await charge in
/// stripe.v1.charges.listAutoPaging(limit: 100) { … }`. Stops after the page that says no more follow; breaking
/// out of the loop fetches nothing further.
///
/// Cursor lists page forward with `starting_after` = the last item's ID, or, when the first call set
/// `ending_before`, backward with `ending_before` = the first item's ID, yielding items in reverse (as Stripe's
/// SDKs do). Search results page with `page` = the previous page's `next_page`. A cursor fetched before, or more
/// than ``PagingStopped/maxPages`` pages, ends the iteration with ``PagingFailure/paging(_:)``.
public struct AutoPaging<Item: Codable & Hashable & Sendable, Failure: PagingFailure>: AsyncSequence, Sendable {
    public typealias Element = Item

    /// Which page to fetch.
    public enum Cursor: Sendable, Equatable {
        /// The page after this ID; `nil` for the first page.
        case startingAfter(String?)
        /// The page before this ID.
        case endingBefore(String)
        /// A search result page by its token; `nil` for the first page.
        case page(String?)

        /// The first page of a cursor list: backward from `endingBefore` when given, else forward.
        public static func first(startingAfter: String?, endingBefore: String?) -> Self {
            endingBefore.map { .endingBefore($0) } ?? .startingAfter(startingAfter)
        }

        /// The `starting_after` to send for this page.
        public var startingAfter: String? {
            if case .startingAfter(let id) = self { return id }
            return nil
        }

        /// The `ending_before` to send for this page.
        public var endingBefore: String? {
            if case .endingBefore(let id) = self { return id }
            return nil
        }

        /// The `page` to send for this page.
        public var page: String? {
            if case .page(let token) = self { return token }
            return nil
        }

        /// What tells this page apart from the others of the iteration.
        var token: String? {
            switch self {
            case .startingAfter(let id): id.map { "starting_after=" + $0 }
            case .endingBefore(let id): "ending_before=" + id
            case .page(let token): token.map { "page=" + $0 }
            }
        }
    }

    private let first: Cursor
    private let fetch: @Sendable (Cursor) async throws(Failure) -> ListPage<Item>

    /// Pages from `first` on, each fetched by `fetch`.
    public init(first: Cursor, fetch: @escaping @Sendable (Cursor) async throws(Failure) -> ListPage<Item>) {
        self.first = first
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(next: first, fetch: fetch)
    }

    public struct Iterator: AsyncIteratorProtocol {
        private var pending: [Item] = []
        private var nextCursor: Cursor?
        private var fetched = PagesFetched<Failure>()
        private let fetch: @Sendable (Cursor) async throws(Failure) -> ListPage<Item>

        init(next: Cursor, fetch: @escaping @Sendable (Cursor) async throws(Failure) -> ListPage<Item>) {
            self.nextCursor = next
            self.fetch = fetch
        }

        public mutating func next() async throws(Failure) -> Item? {
            while pending.isEmpty {
                guard let cursor = nextCursor else { return nil }
                try fetched.insert(cursor.token)
                let page = try await fetch(cursor)
                nextCursor = Self.cursor(after: page, fetchedWith: cursor)
                // `pending` is consumed from the end: backward pages are yielded last item first.
                if case .endingBefore = cursor { pending = page.data } else { pending = page.data.reversed() }
                if page.data.isEmpty { nextCursor = nil }
            }
            return pending.popLast()
        }

        private static func cursor(after page: ListPage<Item>, fetchedWith cursor: Cursor) -> Cursor? {
            guard page.hasMore else { return nil }
            switch cursor {
            case .startingAfter:
                return page.itemIDs.last.flatMap { $0 }.map { .startingAfter($0) }
            case .endingBefore:
                return page.itemIDs.first.flatMap { $0 }.map { .endingBefore($0) }
            case .page:
                return page.nextPage.map { .page($0) }
            }
        }
    }
}
