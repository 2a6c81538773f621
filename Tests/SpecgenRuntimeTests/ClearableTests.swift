import Foundation
import SpecgenRuntime
import Testing

@Suite struct ClearableTests {
    private struct Update: Codable, Equatable {
        var description: Clearable<String>?
        var metadata: Clearable<[String: String]>?
        var tags: Clearable<[String]>?
        var limit: Clearable<Int>?
    }

    @Test func literalsSetValues() {
        let update = Update(description: "Gold", metadata: ["order": "6735"], tags: ["a", "b"], limit: 5)
        #expect(update.description == .value("Gold"))
        #expect(update.metadata?.value == ["order": "6735"])
        #expect(update.tags == .value(["a", "b"]))
        #expect(update.limit?.value == 5)
    }

    @Test func clearIsTheEmptyStringInFormsAndJSON() throws {
        let update = Update(description: .clear, metadata: .clear, tags: ["x"], limit: .clear)
        let form = String(decoding: try FormEncoder().body(update), as: UTF8.self)
        #expect(form == "description=&limit=&metadata=&tags[0]=x")
        let json = try JSONEncoder().encode(update)
        #expect(
            try JSONDecoder().decode(JSONValue.self, from: json) == [
                "description": "", "metadata": "", "tags": ["x"], "limit": "",
            ])
    }

    @Test func decodesTheEmptyStringAsClear() throws {
        let text = #"{"description": "", "metadata": {"k": "v"}, "limit": 3}"#
        let update = try JSONDecoder().decode(Update.self, from: Data(text.utf8))
        #expect(update == Update(description: .clear, metadata: ["k": "v"], tags: nil, limit: 3))
    }

    @Test func unixTimesClearOrSetSeconds() throws {
        struct Schedule: Encodable {
            @UnixTime var endsAt: Clearable<Date>
        }
        let set = try FormEncoder().body(Schedule(endsAt: .value(Date(timeIntervalSince1970: 1_700_000_000))))
        #expect(String(decoding: set, as: UTF8.self) == "endsAt=1700000000")
        let cleared = try FormEncoder().body(Schedule(endsAt: .clear))
        #expect(String(decoding: cleared, as: UTF8.self) == "endsAt=")
    }
}
