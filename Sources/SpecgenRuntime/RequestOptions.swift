/// Per-call settings every generated operation accepts as its last argument. A client whose API takes headers per
/// call (Stripe's `Stripe-Account`) adds an init with them.
public struct RequestOptions: Sendable {
    /// Sent as `Idempotency-Key`, so that a retried request is applied once.
    public var idempotencyKey: String?
    /// Extra headers for this call; they override the client's.
    public var headers: [String: String]
    /// How long each attempt of this call may take; the client's ``ClientConfiguration/timeout`` when `nil`.
    public var timeout: Duration?
    /// Retries for this call; the client's ``ClientConfiguration/maxRetries`` when `nil`.
    public var maxRetries: Int?

    public init(
        idempotencyKey: String? = nil,
        headers: [String: String] = [:],
        timeout: Duration? = nil,
        maxRetries: Int? = nil
    ) {
        self.idempotencyKey = idempotencyKey
        self.headers = headers
        self.timeout = timeout
        self.maxRetries = maxRetries
    }
}
