import Foundation
import SpecgenRuntime
import Testing

/// Parameters serialize as the OpenAPI specification's style examples show, for `id` = `5`, `[3, 4, 5]` and
/// `{"role": "admin", "firstName": "Alex"}` (members come sorted by name).
@Suite struct ParameterStyleTests {
    private struct Person: Encodable {
        var role = "admin"
        var firstName = "Alex"
    }

    private let array = [3, 4, 5]

    private func path(_ value: some Encodable, _ style: ParameterStyle, explode: Bool) throws -> String {
        try PercentEncoding.pathParameter("id", value, style: style, explode: explode, errorBody: JSONValue.self)
    }

    private func query(_ value: some Encodable, _ style: ParameterStyle, explode: Bool) throws -> String {
        var request = APIRequest(method: .get, path: "/", operationID: "test")
        try request.addQuery("id", value, style: style, explode: explode, errorBody: JSONValue.self)
        return request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    @Test func simpleStyle() throws {
        #expect(try path(5, .simple, explode: false) == "5")
        #expect(try path(array, .simple, explode: false) == "3,4,5")
        #expect(try path(array, .simple, explode: true) == "3,4,5")
        #expect(try path(Person(), .simple, explode: false) == "firstName,Alex,role,admin")
        #expect(try path(Person(), .simple, explode: true) == "firstName=Alex,role=admin")
    }

    @Test func labelStyle() throws {
        #expect(try path(5, .label, explode: false) == ".5")
        #expect(try path(array, .label, explode: false) == ".3,4,5")
        #expect(try path(array, .label, explode: true) == ".3.4.5")
        #expect(try path(Person(), .label, explode: false) == ".firstName,Alex,role,admin")
        #expect(try path(Person(), .label, explode: true) == ".firstName=Alex.role=admin")
        #expect(try path([Int](), .label, explode: false) == ".")
    }

    @Test func matrixStyle() throws {
        #expect(try path(5, .matrix, explode: false) == ";id=5")
        #expect(try path(array, .matrix, explode: false) == ";id=3,4,5")
        #expect(try path(array, .matrix, explode: true) == ";id=3;id=4;id=5")
        #expect(try path(Person(), .matrix, explode: false) == ";id=firstName,Alex,role,admin")
        #expect(try path(Person(), .matrix, explode: true) == ";firstName=Alex;role=admin")
        #expect(try path([Int](), .matrix, explode: false) == ";id")
    }

    @Test func pathValuesArePercentEncodedButTheDelimitersAreNot() throws {
        #expect(try path(["a/b", "c d"], .matrix, explode: true) == ";id=a%2Fb;id=c%20d")
    }

    @Test func formStyle() throws {
        #expect(try query(5, .form, explode: true) == "id=5")
        #expect(try query(array, .form, explode: false) == "id=3,4,5")
        #expect(try query(array, .form, explode: true) == "id=3&id=4&id=5")
        #expect(try query(Person(), .form, explode: false) == "id=firstName,Alex,role,admin")
        #expect(try query(Person(), .form, explode: true) == "firstName=Alex&role=admin")
        #expect(try query([Int](), .form, explode: true) == "")
    }

    @Test func delimitedStyles() throws {
        #expect(try query(array, .spaceDelimited, explode: false) == "id=3 4 5")
        #expect(try query(array, .pipeDelimited, explode: false) == "id=3|4|5")
        #expect(try query(array, .pipeDelimited, explode: true) == "id=3&id=4&id=5")
        #expect(try query(Person(), .spaceDelimited, explode: false) == "id=firstName Alex role admin")
    }

    @Test func deepObjectStyle() throws {
        #expect(try query(Person(), .deepObject, explode: true) == "id[firstName]=Alex&id[role]=admin")
    }

    @Test func headersUseSimpleStyleAndNilSetsNothing() throws {
        var request = APIRequest(method: .get, path: "/", operationID: "test")
        try request.setHeader("X-Ids", array, explode: false, errorBody: JSONValue.self)
        try request.setHeader("X-Person", Person(), explode: true, errorBody: JSONValue.self)
        try request.setHeader("X-None", [Int]?.none, explode: false, errorBody: JSONValue.self)
        #expect(request.headers[.init("X-Ids")!] == "3,4,5")
        #expect(request.headers[.init("X-Person")!] == "firstName=Alex,role=admin")
        #expect(request.headers[.init("X-None")!] == nil)
    }

    @Test func cookiesJoinInOneHeaderWithTheirValuesEncoded() throws {
        var request = APIRequest(method: .get, path: "/", operationID: "test")
        try request.addCookie("session", "a;b c", explode: true, errorBody: JSONValue.self)
        try request.addCookie("ids", array, explode: false, errorBody: JSONValue.self)
        try request.addCookie("missing", String?.none, explode: true, errorBody: JSONValue.self)
        #expect(request.headers[.cookie] == "session=a%3Bb%20c; ids=3%2C4%2C5")
    }

    @Test func datesAreISO8601AndNestedValuesJSON() throws {
        let date = Date(timeIntervalSince1970: 0)
        #expect(try path(date, .simple, explode: false) == "1970-01-01T00%3A00%3A00.000Z")
        #expect(try query([[1, 2]], .form, explode: true) == "id=[1,2]")
    }
}
