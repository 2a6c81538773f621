import Testing

@testable import SpecgenCore

@Suite struct ConditionLayoutTests {
    @Test func aLongConditionBreaksAtItsTopLevelCommasOnly() {
        let tags = (1...6).map { #""tag, (\#($0)) \"quoted\"""# }.joined(separator: ", ")
        let line =
            #"        if json.isObject, json.has(["a", "b"], in: [\#(tags)]), let value = try? A(from: decoder) {"#
        #expect(
            ConditionLayout.breakingLongConditions(line) == """
                        if json.isObject,
                            json.has(["a", "b"], in: [\(tags)]),
                            let value = try? A(from: decoder)
                        {
                """)
    }

    @Test func aShortConditionAndOtherLinesStayAsTheyAre() {
        let text = """
                    if json.isObject, let value = try? A(from: decoder) {
                    let long = [\((1...30).map(String.init).joined(separator: ", "))]
            """
        #expect(ConditionLayout.breakingLongConditions(text) == text)
    }
}
