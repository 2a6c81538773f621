import Foundation
import SpecgenCore

/// The round-trip oracle's program: `main.swift` beside a generated client, compiled into one executable with it. For
/// each example it decodes the JSON into the generated type, encodes the value again and prints `index<TAB>what`
/// when that fails or gives other JSON (nulls and absent members count alike; numbers by value).
enum RoundTripProgram {
    static func mainSwift(checks: [ExampleCheck]) -> String {
        var text = """
            import Foundation
            import SpecgenRuntime

            func roundTrip<T: Codable>(_ index: Int, _: T.Type, _ base64: String) {
                let json = Data(base64Encoded: base64)!
                let shown = String(decoding: json, as: UTF8.self)
                do {
                    let value = try JSONCoding.decoder().decode(T.self, from: json)
                    let encoded = try JSONCoding.encoder().encode(value)
                    let original = try JSONDecoder().decode(JSONValue.self, from: json)
                    let again = try JSONDecoder().decode(JSONValue.self, from: encoded)
                    if normalized(original) != normalized(again) {
                        print("\\(index)\\t\\(T.self) decodes \\(shown) and encodes \\(String(decoding: encoded, as: UTF8.self))")
                    }
                } catch {
                    print("\\(index)\\t\\(T.self) does not round-trip \\(shown): \\(error)")
                }
            }

            func normalized(_ value: JSONValue) -> JSONValue {
                switch value {
                case .int(let number): .double(Double(number))
                case .array(let elements): .array(elements.map(normalized))
                case .object(let members): .object(members.filter { $0.value != .null }.mapValues(normalized))
                default: value
                }
            }


            """
        for (index, check) in checks.enumerated() {
            let base64 = Data(check.json.utf8).base64EncodedString()
            text += "roundTrip(\(index), \(check.swiftType).self, \"\(base64)\")\n"
        }
        return text + "print(\"round-tripped \\(\(checks.count))\")\n"
    }
}
