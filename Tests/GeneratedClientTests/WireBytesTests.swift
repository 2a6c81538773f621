import Foundation
import SpecgenRuntime
import Testing

/// What reaches the socket of a real server on 127.0.0.1 after the default transport built the URL: query names with
/// brackets, reserved characters in values, base URLs with and without a path.
@Suite struct WireBytesTests {
    private func send(_ request: APIRequest, serverURL: (URL) -> URL = { $0 }) async throws -> RecordingServer.Recorded
    {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(200, Data("{}".utf8)))
        let client = APIClient(serverURL: serverURL(server.url), transport: APIClient.defaultTransport)
        do {
            _ = try await client.send(
                request, options: RequestOptions(), returning: JSONValue.self, errorBody: JSONValue.self)
        } catch {
            await server.stop()
            throw error
        }
        let recorded = try #require(await server.requests.first)
        await server.stop()
        return recorded
    }

    @Test func bracketedQueryNamesAndReservedCharactersAreEncodedOnceOnTheWire() async throws {
        var request = APIRequest(method: .get, path: "/v1/customers", operationID: "GetCustomers")
        request.addQuery("email", "jenny+1@example.com")
        request.addQuery("expand[]", ["data.default_source"], explode: true)
        request.addQuery("created[gte]", 1_680_000_000)
        request.addQuery("note", "a&b=c d/é")
        let recorded = try await send(request)
        #expect(recorded.path == "/v1/customers")
        #expect(
            recorded.query
                == "email=jenny%2B1%40example.com&expand%5B%5D=data.default_source&created%5Bgte%5D=1680000000"
                + "&note=a%26b%3Dc%20d%2F%C3%A9")
    }

    @Test func aServerURLWithATrailingSlashOrAPathPrefixJoinsThePathWithOneSlash() async throws {
        let request = APIRequest(method: .get, path: "/v1/balance", operationID: "GetBalance")
        #expect(try await send(request) { $0.appending(path: "/") }.path == "/v1/balance")
        #expect(try await send(request) { $0.appending(path: "api") }.path == "/api/v1/balance")
        #expect(try await send(request) { $0.appending(path: "api/") }.path == "/api/v1/balance")
    }

    @Test func aWriteWhoseFormBodyIsLeftOutStillSaysItIsAFormAndOtherMethodsSendNothing() async throws {
        struct Parameters: Encodable { var name: String }
        var post = APIRequest(method: .post, path: "/v1/invoices/in_1/pay", operationID: "PostInvoicesInvoicePay")
        try post.setFormBody(Parameters?.none, errorBody: JSONValue.self)
        let posted = try await send(post)
        #expect(posted.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(posted.body.isEmpty)
        var delete = APIRequest(method: .delete, path: "/v1/coupons/c_1", operationID: "DeleteCouponsCoupon")
        try delete.setFormBody(Parameters?.none, errorBody: JSONValue.self)
        #expect(try await send(delete).headers["content-type"] == nil)
    }
}
