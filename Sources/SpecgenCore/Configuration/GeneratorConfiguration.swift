import Foundation

/// What to generate for one API: read from `Specs/<api>/specgen.yaml`, or given on the command line.
public struct GeneratorConfiguration: Sendable {
    /// The OpenAPI document, absolute.
    public var specPath: String
    /// The Swift module the files belong to, such as `StripeClient`.
    public var moduleName: String
    /// The folder the files are written to, absolute.
    public var outputFolder: String
    public var accessLevel: AccessLevel
    /// A folder whose `.mustache` files replace the bundled templates of the same name.
    public var templatesFolder: String?
    /// How generated files name their origin in their header, such as `Specs/stripe`.
    public var source: String
    /// Swift names chosen by hand (`names:` in specgen.yaml).
    public var names: NamingOverrides
    /// Bounds on reading and resolving the spec (`limits:` in specgen.yaml).
    public var limits: ReadingLimits
    /// Where specgen.yaml sets `output`, for errors about the folder; `nil` on the command line.
    public var outputLocation: SourceLocation?
    /// Whose conventions apply (`conventions:` in specgen.yaml), in order; `nil` to detect them from the spec.
    public var vendors: [Vendor]?
    /// The operations to generate (`include:` in specgen.yaml); every operation when it names none.
    public var include: OperationFilter

    public init(
        specPath: String,
        moduleName: String,
        outputFolder: String,
        accessLevel: AccessLevel = .public,
        templatesFolder: String? = nil,
        source: String,
        names: NamingOverrides = NamingOverrides(),
        limits: ReadingLimits = .default,
        outputLocation: SourceLocation? = nil,
        vendors: [Vendor]? = nil,
        include: OperationFilter = OperationFilter()
    ) {
        self.specPath = specPath
        self.moduleName = moduleName
        self.outputFolder = outputFolder
        self.accessLevel = accessLevel
        self.templatesFolder = templatesFolder
        self.source = source
        self.names = names
        self.limits = limits
        self.outputLocation = outputLocation
        self.vendors = vendors
        self.include = include
    }

    /// The keys of `specgen.yaml`, with what each expects.
    static let keys: [(key: String, expects: String)] = [
        ("spec", "the spec file, relative to specgen.yaml"),
        ("module", "the Swift module name"),
        ("output", "the output folder, relative to specgen.yaml, inside the package"),
        ("access", "public, package or internal"),
        ("templates", "a folder of .mustache templates that replace the bundled ones by name"),
        ("names", "Swift names chosen by hand: types, operations and resources"),
        ("limits", "bounds on reading the spec: depth, aliases, fileSize, files, referenceHops"),
        (
            "conventions",
            "whose vendor rules apply: stripe, personio, none, or a list (default: detected from the spec)"
        ),
        (
            "include",
            "only these operations and the types they reach: paths (prefixes), operations (operationIds), tags"
        ),
    ]

    /// The target a build plugin generates for: its module name, and the folder the plugin chose for the output,
    /// which replaces `output` in specgen.yaml.
    public struct BuildTarget: Sendable {
        public var module: String
        public var outputFolder: String

        public init(module: String, outputFolder: String) {
            self.module = module
            self.outputFolder = outputFolder
        }
    }

    /// Reads `folder/specgen.yaml`. Paths in it are relative to the folder; the output folder must stay inside
    /// `packageRoot`. For a build plugin's `buildTarget`, `output` must be absent and `module`, when given, must be
    /// the target's name.
    public static func load(
        apiFolder folder: String,
        packageRoot: String,
        buildTarget: BuildTarget? = nil
    ) -> Result<GeneratorConfiguration, Diagnostic> {
        let folderURL = URL(fileURLWithPath: folder).standardizedFileURL
        let path = folderURL.appendingPathComponent("specgen.yaml").path
        var files = SourceFiles()
        let root: Node
        do {
            root = try SpecReader().read(contentsOf: path, as: files.id(for: path))
        } catch {
            return .failure(error)
        }
        func error(_ message: String, at node: Node, hint: String? = nil) -> Diagnostic {
            .error(message, at: files.location(of: node.mark), hint: hint)
        }
        guard let entries = root.mapping else {
            return .failure(error("specgen.yaml is a mapping of settings, found \(root.kindDescription)", at: root))
        }
        var values: [String: (text: String, node: Node)] = [:]
        var names = NamingOverrides()
        var limits = ReadingLimits.default
        var vendors: [Vendor]?
        var include = OperationFilter()
        for entry in entries {
            guard keys.contains(where: { $0.key == entry.key }) else {
                let valid = keys.map { "\($0.key) (\($0.expects))" }.joined(separator: "; ")
                return .failure(
                    .error(
                        "unknown key '\(entry.key)'", at: files.location(of: entry.keyMark),
                        hint: "valid keys: \(valid)"))
            }
            if entry.key == "names" {
                switch NamingOverrides.decode(entry.value, files: files) {
                case .success(let decoded): names = decoded
                case .failure(let diagnostic): return .failure(diagnostic)
                }
                continue
            }
            if entry.key == "conventions" {
                switch Vendor.decodeList(entry.value, files: files) {
                case .success(let decoded): vendors = decoded
                case .failure(let diagnostic): return .failure(diagnostic)
                }
                continue
            }
            if entry.key == "include" {
                switch OperationFilter.decode(entry.value, files: files) {
                case .success(let decoded): include = decoded
                case .failure(let diagnostic): return .failure(diagnostic)
                }
                continue
            }
            if entry.key == "limits" {
                switch ReadingLimits.decode(entry.value, files: files) {
                case .success(let decoded): limits = decoded
                case .failure(let diagnostic): return .failure(diagnostic)
                }
                continue
            }
            guard let scalar = entry.value.scalar, !scalar.isNull else {
                return .failure(
                    error("'\(entry.key)' expects a string, found \(entry.value.kindDescription)", at: entry.value))
            }
            values[entry.key] = (scalar.value, entry.value)
        }
        var access = AccessLevel.public
        if let text = values["access"] {
            guard let level = AccessLevel(rawValue: text.text) else {
                return .failure(error("access '\(text.text)' is not public, package or internal", at: text.node))
            }
            access = level
        }
        if let buildTarget {
            var configuration = buildConfiguration(
                values, access: access, names: names, limits: limits, for: buildTarget, folder: folderURL, root: root,
                error: error)
            if case .success(var built) = configuration {
                built.vendors = vendors
                built.include = include
                configuration = .success(built)
            }
            return configuration
        }
        for required in ["spec", "module", "output"] where values[required] == nil {
            return .failure(error("specgen.yaml is missing '\(required)'", at: root))
        }
        let module = values["module"]!
        guard SwiftNaming.typeName(module.text) == module.text else {
            return .failure(
                error(
                    "'\(module.text)' is not a Swift module name", at: module.node,
                    hint: "use letters and digits, starting with a capital letter"))
        }
        let resolve = { (path: String) in Self.resolve(path, from: folderURL) }
        let rootPath = URL(fileURLWithPath: packageRoot).standardizedFileURL.path
        let output = resolve(values["output"]!.text)
        let hint = "write generated sources inside the package, such as `../../Sources/MyClient`"
        guard output.hasPrefix(rootPath + "/") else {
            return .failure(
                error(
                    "output folder \(output) is outside the package \(rootPath)", at: values["output"]!.node, hint: hint
                )
            )
        }
        let linkTarget = Self.resolvingLinks(output)
        guard linkTarget.hasPrefix(Self.resolvingLinks(rootPath) + "/") else {
            return .failure(
                error(
                    "output folder \(output) leads outside the package through a symbolic link, to \(linkTarget)",
                    at: values["output"]!.node, hint: hint)
            )
        }
        let source =
            folderURL.path.hasPrefix(rootPath + "/")
            ? String(folderURL.path.dropFirst(rootPath.count + 1)) : folderURL.path
        return .success(
            GeneratorConfiguration(
                specPath: resolve(values["spec"]!.text),
                moduleName: module.text,
                outputFolder: output,
                accessLevel: access,
                templatesFolder: values["templates"].map { resolve($0.text) },
                source: source,
                names: names,
                limits: limits,
                outputLocation: files.location(of: values["output"]!.node.mark),
                vendors: vendors,
                include: include
            )
        )
    }

    /// A path of specgen.yaml: relative to its folder, or absolute as written.
    private static func resolve(_ path: String, from folder: URL) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        return url.standardizedFileURL.path
    }

    /// The configuration of a build plugin's target: the module is the target, the output the plugin's folder.
    private static func buildConfiguration(
        _ values: [String: (text: String, node: Node)],
        access: AccessLevel,
        names: NamingOverrides,
        limits: ReadingLimits,
        for target: BuildTarget,
        folder: URL,
        root: Node,
        error: (String, Node, String?) -> Diagnostic
    ) -> Result<GeneratorConfiguration, Diagnostic> {
        if let output = values["output"] {
            return .failure(
                error(
                    "'output' has no place in a build plugin's specgen.yaml", output.node,
                    "remove it: the plugin writes the client into the build folder"))
        }
        if let module = values["module"], module.text != target.module {
            return .failure(
                error(
                    "module '\(module.text)' is not this target's name, \(target.module)", module.node,
                    "the plugin generates into the target that holds specgen.yaml: set module to \(target.module)"))
        }
        guard let spec = values["spec"] else { return .failure(error("specgen.yaml is missing 'spec'", root, nil)) }
        let resolve = { (path: String) in Self.resolve(path, from: folder) }
        return .success(
            GeneratorConfiguration(
                specPath: resolve(spec.text),
                moduleName: target.module,
                outputFolder: URL(fileURLWithPath: target.outputFolder).standardizedFileURL.path,
                accessLevel: access,
                templatesFolder: values["templates"].map { resolve($0.text) },
                source: target.module,
                names: names,
                limits: limits
            )
        )
    }

    /// `path` with every symbolic link in its existing part resolved; the part that does not exist yet is kept.
    static func resolvingLinks(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while !existing.isEmpty, existing != "/" {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                return ([String(cString: resolved)] + rest.reversed()).joined(separator: "/")
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return path
    }
}
