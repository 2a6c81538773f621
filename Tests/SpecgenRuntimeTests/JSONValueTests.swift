import Foundation
import SpecgenRuntime
import Testing

@Suite struct JSONValueTests {
    @Test func decodesEveryKindOfValue() throws {
        let json = #"{"n":null,"b":true,"i":42,"d":1.5,"s":"x","a":[1,"two"],"o":{"k":false}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(value == ["n": nil, "b": true, "i": 42, "d": 1.5, "s": "x", "a": [1, "two"], "o": ["k": false]])
    }

    @Test func reencodesToTheSameValue() throws {
        let value: JSONValue = ["list": [1, 2.25, "x", nil], "flag": false, "nested": ["deep": ["id": "ed_1"]]]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }

    @Test func keepsIntegersApartFromDoubles() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data("[7, 7.5]".utf8))
        #expect(value == .array([.int(7), .double(7.5)]))
    }

    @Test func subscriptsObjectMembers() {
        let value: JSONValue = ["object": "v2.core.event"]
        #expect(value["object"]?.stringValue == "v2.core.event")
        #expect(value["missing"] == nil)
        #expect(JSONValue.string("x")["object"] == nil)
    }
}

@Suite struct JSONCodingTests {
    @Test func datesRoundTripWithMilliseconds() throws {
        for text in ["2024-10-22T16:26:54.063Z", "2021-05-28T11:17:30.000Z", "1999-12-31T23:59:59.999Z"] {
            let date = try #require(JSONCoding.parseDate(text))
            #expect(JSONCoding.formatDate(date) == text)
        }
    }

    @Test func datesWithoutFractionOrWithOffsetsParse() throws {
        let plain = try #require(JSONCoding.parseDate("2021-05-28T11:17:30Z"))
        #expect(JSONCoding.formatDate(plain) == "2021-05-28T11:17:30.000Z")
        let offset = try #require(JSONCoding.parseDate("2021-05-28T13:17:30+02:00"))
        #expect(offset == plain)
        #expect(JSONCoding.parseDate("yesterday") == nil)
    }

    @Test func decoderReportsBadDatesWithTheText() {
        struct Stamped: Decodable { var at: Date }
        #expect {
            try JSONCoding.decoder().decode(Stamped.self, from: Data(#"{"at": "not a date"}"#.utf8))
        } throws: { error in
            "\(error)".contains("'not a date' is not an ISO 8601 date-time")
        }
    }
}
