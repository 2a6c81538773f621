import Foundation
import SpecgenRuntime
import Testing

/// `@UnixTime` codes the dates inside any of the shapes generated code gives it as seconds since 1970, and keeps
/// optional properties optional on the wire.
@Suite struct UnixTimeTests {
    struct Schedule: Codable, Equatable {
        @UnixTime var startsAt: Date
        @UnixTime var endsAt: Date?
        @UnixTime var pausedAt: Clearable<Date>?
        @UnixTime var reminders: [Date]?
        @UnixTime var byName: [String: Date]?
    }

    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func everyShapeRoundTripsAsSeconds() throws {
        let schedule = Schedule(
            startsAt: Self.start, endsAt: Self.start + 60, pausedAt: .value(Self.start + 1),
            reminders: [Self.start + 2, Self.start + 3], byName: ["first": Self.start + 4])
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(schedule))
        #expect(
            json == [
                "startsAt": 1_700_000_000, "endsAt": 1_700_000_060, "pausedAt": 1_700_000_001,
                "reminders": [1_700_000_002, 1_700_000_003], "byName": ["first": 1_700_000_004],
            ])
        #expect(try JSONDecoder().decode(Schedule.self, from: JSONEncoder().encode(schedule)) == schedule)
    }

    @Test func missingOptionalsAreLeftOutAndDecodeAsNil() throws {
        let schedule = Schedule(startsAt: Self.start, endsAt: nil, pausedAt: nil, reminders: nil, byName: nil)
        let data = try JSONEncoder().encode(schedule)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == ["startsAt": 1_700_000_000])
        #expect(try JSONDecoder().decode(Schedule.self, from: data) == schedule)
        let withNulls = #"{"startsAt": 1700000000, "endsAt": null, "pausedAt": null}"#
        #expect(try JSONDecoder().decode(Schedule.self, from: Data(withNulls.utf8)) == schedule)
    }

    @Test func aClearedDateIsTheEmptyString() throws {
        let schedule = Schedule(startsAt: Self.start, endsAt: nil, pausedAt: .clear, reminders: nil, byName: nil)
        let data = try JSONEncoder().encode(schedule)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == ["startsAt": 1_700_000_000, "pausedAt": ""])
        #expect(try JSONDecoder().decode(Schedule.self, from: data).pausedAt == .clear)
    }

    @Test func fractionsOfASecondAreDroppedAndAStringIsAnError() throws {
        struct Stamp: Codable { @UnixTime var at: Date }
        let encoded = try JSONEncoder().encode(Stamp(at: Date(timeIntervalSince1970: 10.9)))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"at":10}"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Stamp.self, from: Data(#"{"at":"soon"}"#.utf8)) }
    }

    @Test func aValueWithoutDatesFailsToCode() {
        struct Wrong: Codable { @UnixTime var count: Int }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(Wrong(count: 1)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Wrong.self, from: Data(#"{"count":1}"#.utf8)) }
    }
}
