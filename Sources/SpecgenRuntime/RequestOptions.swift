/// Per-call settings every generated operation accepts as its last argument.
public struct RequestOptions: Sendable {
    /// Sent as `Idempotency-Key`, so that a retried request is applied once.
    public var idempotencyKey: String?
    /// Sent as `Stripe-Account`: the connected account a Stripe Connect platform acts for in this call.
    public var stripeAccount: String?
    /// Extra headers for this call; they override the client's.
    public var headers: [String: String]
    /// How long each attempt of this call may take; the client's ``ClientConfiguration/timeout`` when `nil`.
    public var timeout: Duration?
    /// Retries for this call; the client's ``ClientConfiguration/maxRetries`` when `nil`.
    public var maxRetries: Int?

    public init(
        idempotencyKey: String? = nil,
        stripeAccount: String? = nil,
        headers: [String: String] = [:],
        timeout: Duration? = nil,
        maxRetries: Int? = nil
    ) {
        self.idempotencyKey = idempotencyKey
        self.stripeAccount = stripeAccount
        self.headers = headers
        self.timeout = timeout
        self.maxRetries = maxRetries
    }
}
