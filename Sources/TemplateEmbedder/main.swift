import Foundation

// Writes a Swift file declaring `BundledTemplates.all`: template name → template text, for each
// `.mustache` file given. Usage: TemplateEmbedder OUTPUT.swift TEMPLATE.mustache...

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: TemplateEmbedder OUTPUT.swift TEMPLATE.mustache...\n".utf8))
    exit(2)
}

/// A raw string literal that holds `text` verbatim: one more `#` than the longest run of `#` after a quote.
func rawLiteral(_ text: String) -> String {
    var longest = 0
    var run = 0
    var afterQuote = false
    for character in text {
        if character == "#", afterQuote {
            run += 1
            longest = max(longest, run)
        } else {
            afterQuote = character == "\""
            run = 0
        }
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

var source = """
    // Generated at build time by the EmbedTemplates plugin from Templates/ — do not edit.

    enum BundledTemplates {
        /// Template name (file name without `.mustache`) → template text.
        static let all: [String: String] = [

    """
for path in arguments.dropFirst().sorted() {
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent
    let text = try String(contentsOf: url, encoding: .utf8)
    source += "        \"\(name)\": \(rawLiteral(text)),\n"
}
source += arguments.count > 1 ? "    ]\n}\n" : "        :]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
