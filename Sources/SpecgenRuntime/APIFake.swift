/// Marks a fake of a generated resource protocol (`EventDestinationsAPI`) in an app's tests: the operations it does not
/// implement throw ``APIError`` with ``APIError/Reason/unimplemented(operation:)``, so a fake implements only what its
/// test calls.
///
/// ```swift
/// struct FakeDestinations: StripeClient.V2.Core.EventDestinationsAPI, APIFake {
///     func ping(id: String, options: RequestOptions)
///         async throws(APIError<PostV2CoreEventDestinationsIDPingError>) -> V2CoreEvent { … }
/// }
/// ```
///
/// Without it, a fake implements every operation of the protocol, as the generated client does.
public protocol APIFake {}
