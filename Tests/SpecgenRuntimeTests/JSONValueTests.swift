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
