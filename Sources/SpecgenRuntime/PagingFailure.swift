/// An error that auto-paging (``AutoPaging``, ``LinkPaging``, ``OffsetPaging``) can end with when a list's pages do
/// not end: a page that leads back to one already fetched (a repeated cursor or link), or more pages than the bound.
public protocol PagingFailure: Error {
    /// The error that ends the iteration for `stop`.
    static func paging(_ stop: PagingStopped) -> Self
}

/// Why auto-paging stopped before the list said it ended.
public struct PagingStopped: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The next page's cursor or link (`value`) was one already fetched: the server would answer the same pages
        /// forever.
        case repeated(String)
        /// More than ``PagingStopped/maxPages`` pages.
        case tooManyPages
    }

    public var reason: Reason

    /// The most pages one iteration fetches: 10,000 (a million items at Stripe's 100 a page).
    public static let maxPages = 10_000

    public var description: String {
        switch reason {
        case .repeated(let value): "the list's next page (\(value)) was fetched before: the pages lead back"
        case .tooManyPages: "the list did not end within \(Self.maxPages) pages"
        }
    }
}

extension APIError: PagingFailure {
    public static func paging(_ stop: PagingStopped) -> Self {
        APIError(reason: .paging, underlying: stop)
    }
}

/// What one iteration has fetched, to stop it when its pages lead back or never end.
struct PagesFetched<Failure: PagingFailure> {
    private var cursors: Set<String> = []
    private var count = 0

    /// Counts a page about to be fetched with `cursor` (`nil` for a first page without one); throws when the cursor
    /// was fetched before or the bound is reached.
    mutating func insert(_ cursor: String?) throws(Failure) {
        count += 1
        guard count <= PagingStopped.maxPages else { throw .paging(PagingStopped(reason: .tooManyPages)) }
        guard let cursor else { return }
        guard cursors.insert(cursor).inserted else { throw .paging(PagingStopped(reason: .repeated(cursor))) }
    }
}
