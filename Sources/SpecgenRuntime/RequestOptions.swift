/// Per-call settings every generated operation accepts as its last argument.
public struct RequestOptions: Sendable {
    /// Sent as `Idempotency-Key`, so that a retried request is applied once.
    public var idempotencyKey: String?
    /// Sent as `Stripe-Account`: the connected account a Stripe Connect platform acts for in this call.
    public var stripeAccount: String?
    /// Extra headers for this call; they override the client's.
    public var headers: [String: String]

    public init(idempotencyKey: String? = nil, stripeAccount: String? = nil, headers: [String: String] = [:]) {
        self.idempotencyKey = idempotencyKey
        self.stripeAccount = stripeAccount
        self.headers = headers
    }
}
