import Foundation
import PersonioClient
import SpecgenRuntime
import StripeClient
import Testing

/// The seeds' example responses decode into the generated types, with every field where it belongs, and
/// re-encode to the same JSON.
@Suite struct GeneratedModelTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent(name))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONCoding.decoder().decode(type, from: try fixture(name))
    }

    /// Re-encodes `value` and compares it with the fixture as JSON values (key order aside).
    /// The value re-encodes to the fixture's JSON, a member that is `null` there and one left out alike: the
    /// published spec makes members optional that the seeds' server sent as `null`.
    static func expectRoundTrip<T: Codable>(
        _ value: T, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let original = try JSONDecoder().decode(JSONValue.self, from: try fixture(name))
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: try JSONCoding.encoder().encode(value))
        #expect(withoutNulls(reencoded) == withoutNulls(original), sourceLocation: sourceLocation)
    }

    /// The JSON without its `null` members.
    static func withoutNulls(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): .object(members.filter { $0.value != .null }.mapValues(withoutNulls))
        case .array(let items): .array(items.map(withoutNulls))
        default: value
        }
    }

    @Test func stripePingResponseDecodesEveryField() throws {
        let event = try Self.decode(V2CoreEvent.self, "stripe/ping.json")
        #expect(event.id == "evt_test_65RM8sQH2oXnebF5Rpc16RJyfa2xSQLHJJh1sxm7H0KI92")
        #expect(event.object == "v2.core.event")
        #expect(event.context == nil)
        #expect(event.created == JSONCoding.parseDate("2024-10-22T16:26:54.063Z"))
        #expect(JSONCoding.formatDate(event.created) == "2024-10-22T16:26:54.063Z")
        #expect(event.data == nil)
        #expect(event.livemode == false)
        #expect(event.reason == nil)
        #expect(event.relatedObject?.id == "ed_test_61RM8ltWcTW4mbsxf16RJyfa2xSQLHJJh1sxm7H0KVT6")
        #expect(event.relatedObject?.type == "event_destination")
        #expect(
            event.relatedObject?.url
                == "/v2/core/event_destinations/ed_test_61RM8ltWcTW4mbsxf16RJyfa2xSQLHJJh1sxm7H0KVT6")
        #expect(event.type == .v2CoreEventDestinationPing)
        try Self.expectRoundTrip(event, "stripe/ping.json")
    }

    @Test func stripeEventWithReasonDecodes() throws {
        let event = try Self.decode(V2CoreEvent.self, "stripe/event-destination-ping-fetched.json")
        #expect(event.reason?.type == .request)
        #expect(event.reason?.request?.id == "req_v24sUK2aV6o01RdVU")
        #expect(event.reason?.request?.idempotencyKey == "fe21992d-e123-3f8c-bc90-fec93712bcb2")
        #expect(event.data == .object([:]))
        #expect(event.livemode)
    }

    @Test func stripeEventDestinationDecodesEveryField() throws {
        let destination = try Self.decode(V2CoreEventDestination.self, "stripe/retrieve.json")
        #expect(destination.id == "ed_test_61RM8ltWcTW4mbsxf16RJyfa2xSQLHJJh1sxm7H0KVT6")
        #expect(destination.object == "v2.core.event_destination")
        #expect(destination.amazonEventbridge == nil)
        #expect(JSONCoding.formatDate(destination.created) == "2024-10-22T16:20:09.931Z")
        #expect(destination.description == "This is my event destination, I like it a lot")
        #expect(destination.enabledEvents == ["v1.billing.meter.error_report_triggered"])
        #expect(destination.eventPayload == .thin)
        #expect(destination.eventsFrom == ["self"])
        #expect(destination.livemode == false)
        #expect(destination.metadata == [:])
        #expect(destination.name == "My Event Destination")
        #expect(destination.snapshotAPIVersion == nil)
        #expect(destination.status == .disabled)
        #expect(destination.statusDetails?.disabled?.reason == .user)
        #expect(destination.type == .webhookEndpoint)
        #expect(JSONCoding.formatDate(destination.updated) == "2024-10-22T16:22:02.524Z")
        #expect(destination.webhookEndpoint?.signingSecret == nil)
        #expect(destination.webhookEndpoint?.url == nil)
        try Self.expectRoundTrip(destination, "stripe/retrieve.json")
    }

    @Test func stripeListDeleteEnableAndDisableResponsesRoundTrip() throws {
        let list = try Self.decode(GetV2CoreEventDestinationsResponse.self, "stripe/list.json")
        #expect(list.data.map(\.name) == ["My Event Destination"])
        #expect(list.nextPageURL == nil)
        try Self.expectRoundTrip(list, "stripe/list.json")
        let deleted = try Self.decode(V2DeletedObject.self, "stripe/delete.json")
        #expect(deleted.id == "ed_test_61RM8ltWcTW4mbsxf16RJyfa2xSQLHJJh1sxm7H0KVT6")
        let enabled = try Self.decode(V2CoreEventDestination.self, "stripe/enable.json")
        #expect(enabled.status == .enabled)
        #expect(enabled.statusDetails == nil)
        try Self.expectRoundTrip(enabled, "stripe/enable.json")
        let disabled = try Self.decode(V2CoreEventDestination.self, "stripe/disable.json")
        #expect(disabled.statusDetails?.disabled?.reason == .user)
    }

    @Test func unknownEnumValueDecodesAndReencodesUnchanged() throws {
        let text = String(decoding: try Self.fixture("stripe/retrieve.json"), as: UTF8.self)
            .replacingOccurrences(of: #""status": "disabled""#, with: #""status": "paused""#)
        let destination = try JSONCoding.decoder().decode(V2CoreEventDestination.self, from: Data(text.utf8))
        #expect(destination.status == .unknown("paused"))
        #expect(destination.status.rawValue == "paused")
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: try JSONCoding.encoder().encode(destination))
        #expect(
            Self.withoutNulls(reencoded)
                == Self.withoutNulls(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))))
    }

    @Test func enumValueNamedUnknownStaysDistinctFromUnlistedValues() {
        typealias Status = V2CoreEventDestination.AmazonEventbridge.AWSEventSourceStatus
        #expect(Status(rawValue: "unknown") == .unknownValue)
        #expect(Status(rawValue: "archived") == .unknown("archived"))
        #expect(Status.unknownValue.rawValue == "unknown")
    }

    @Test func personioPingResponseDecodes() throws {
        let ping = try Self.decode(WebhookPingResponse.self, "personio/SuccessfulPingResponse.json")
        #expect(JSONCoding.formatDate(ping.completedAt!) == "2023-01-01T12:51:00.000Z")
        #expect(ping.eventName == "ping")
        #expect(ping.isDelivered == true)
        #expect(ping.attempts == 1)
        #expect(ping.statusCode == 200)
        try Self.expectRoundTrip(ping, "personio/SuccessfulPingResponse.json")
    }

    @Test func personioProblemDecodes() throws {
        let problem = try Self.decode(WebhookTestEventBadRequest.self, "personio/WebhookNotFoundErrorResponse.json")
        #expect(problem.personioTraceID == "aswo3f-a202lfso-312123sld-1230ddd")
        #expect(JSONCoding.formatDate(problem.timestamp!) == "2021-05-28T11:17:30.000Z")
        #expect(problem.errors?.first?.title == "Webhook not found")
        #expect(problem.errors?.first?.detail == "No webhook found matching the given id")
    }
}
