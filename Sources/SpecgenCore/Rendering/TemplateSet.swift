import Foundation
import Mustache

/// The Mustache templates a run renders with: those shipped inside the tool (from the package's `Templates/`),
/// each replaced by a file of the same name in the user's template folder, if there is one.
struct TemplateSet: Sendable {
    let library: MustacheLibrary

    /// Loads the bundled templates, then the `.mustache` files of `overrideFolder`, which win by name.
    init(overrideFolder: String?) throws(Diagnostic) {
        var texts = BundledTemplates.all
        if let overrideFolder {
            let url = URL(fileURLWithPath: overrideFolder)
            let files: [URL]
            do {
                files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            } catch {
                throw .error(
                    "cannot read the template folder \(overrideFolder)", at: nil,
                    hint: "check `templates:` in specgen.yaml or --templates")
            }
            for file in files where file.pathExtension == "mustache" {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                    throw .error("cannot read template \(file.path) as UTF-8 text", at: nil)
                }
                texts[file.deletingPathExtension().lastPathComponent] = text
            }
        }
        var library = MustacheLibrary()
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                // Generated Swift is text: no HTML escaping. Escaping for Swift happens in the render contexts.
                try library.register("{{% CONTENT_TYPE: TEXT}}\n" + text, named: name)
            } catch {
                throw .error("template \(name).mustache does not parse: \(error)", at: nil)
            }
        }
        self.library = library
    }

    func render(_ context: some TemplateContext, with template: String) throws(Diagnostic) -> String {
        assert(context.unansweredFields.isEmpty, "fields no template can reach: \(context.unansweredFields)")
        guard let text = library.render(context, withTemplate: template) else {
            throw .error("there is no template named \(template).mustache", at: nil)
        }
        return text
    }
}
