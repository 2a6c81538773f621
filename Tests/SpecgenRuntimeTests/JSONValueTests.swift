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

    @Test func personioAttributeValuesReadTyped() throws {
        let json = #"""
            {"id": {"value": 1}, "hours": {"value": "40"}, "hired": {"value": "2014-11-09T00:00:00+01:00"},
             "birthday": {"value": "2020-01-01"}, "vip": {"value": true}, "gone": {"value": null},
             "department": {"value": {"type": "Department", "attributes": {"id": 2, "name": "Tech"}}}}
            """#
        let attributes = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(attributes["id"]?["value"]?.intValue == 1)
        #expect(attributes["hours"]?["value"]?.intValue == 40)
        #expect(attributes["hours"]?["value"]?.doubleValue == 40)
        #expect(attributes["hired"]?["value"]?.dateValue == Date(timeIntervalSince1970: 1_415_487_600))
        #expect(attributes["birthday"]?["value"]?.dateValue == Date(timeIntervalSince1970: 1_577_836_800))
        #expect(attributes["vip"]?["value"]?.boolValue == true)
        #expect(attributes["gone"]?["value"]?.isNull == true)
        #expect(attributes["department"]?["value"]?["attributes"]?["name"]?.stringValue == "Tech")
        struct Department: Decodable, Equatable {
            var type: String
            var attributes: [String: JSONValue]
        }
        let department = try attributes["department"]?["value"]?.decode(as: Department.self)
        #expect(department == Department(type: "Department", attributes: ["id": 2, "name": "Tech"]))
        #expect(attributes["id"]?["value"]?.stringValue == nil)
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
        #expect(JSONCoding.parseDate("2021-05-28T13:17:30+0200") == plain)
        let day = try #require(JSONCoding.parseDate("2021-05-28"))
        #expect(JSONCoding.formatDate(day) == "2021-05-28T00:00:00.000Z")
        #expect(JSONCoding.parseDate("yesterday") == nil)
        #expect(JSONCoding.parseDate("2021-05") == nil)
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
