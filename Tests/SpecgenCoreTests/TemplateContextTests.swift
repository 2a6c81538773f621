import Mustache
import Testing

@testable import SpecgenCore

/// A render context's `switch` must answer for every field it has: a missing one would make a template print the
/// enclosing context's value of that name instead. Every render checks its context in debug builds, so the golden
/// file, shape and corpus tests check every context of the bundled templates.
@Suite struct TemplateContextTests {
    private struct Row: TemplateContext {
        let name: String
        let note: String?

        func field(_ key: String) -> TemplateField {
            switch key {
            case "name": .value(name)
            default: .unknown
            }
        }
    }

    private struct Table: TemplateContext {
        let name: String
        let rows: [Row]
        let footer: Row?

        func field(_ key: String) -> TemplateField {
            switch key {
            case "name": .value(name)
            case "rows": .value(rows)
            case "footer": .value(footer)
            default: .unknown
            }
        }
    }

    @Test func aFieldMissingFromTheSwitchIsFoundInTheContextAndInTheContextsItHolds() {
        let table = Table(
            name: "t", rows: [Row(name: "a", note: nil)], footer: Row(name: "f", note: "n"))
        #expect(table.unansweredFields == ["Row.note", "Row.note"])
        #expect(Row(name: "a", note: nil).unansweredFields == ["Row.note"])
    }

    @Test func anUnansweredFieldIsWhatMakesATemplatePrintTheEnclosingValue() throws {
        // What the check guards against: `{{note}}` in a row prints the table's `note`.
        struct Outer: TemplateContext {
            let note: String
            let rows: [Row]
            func field(_ key: String) -> TemplateField {
                switch key {
                case "note": .value(note)
                case "rows": .value(rows)
                default: .unknown
                }
            }
        }
        let template = try MustacheTemplate(string: "{{#rows}}{{name}}:{{note}}{{/rows}}")
        #expect(template.render(Outer(note: "outer", rows: [Row(name: "a", note: "inner")])) == "a:outer")
    }
}
