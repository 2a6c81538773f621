/// The whole pipeline for one API: Read → Decode → Resolve (``SpecLoader``), Lower (``Lowering``),
/// Render (``SwiftRenderer``). Writing is left to ``OutputWriter``, so that nothing is written unless all of it worked.
public struct Generator: Sendable {
    public var loader: SpecLoader

    public init(loader: SpecLoader = SpecLoader()) {
        self.loader = loader
    }

    public struct Result: Sendable {
        /// The generated files; empty when there were errors.
        public var files: [GeneratedFile]
        public var diagnostics: DiagnosticLog
        /// The intermediate model, when lowering was reached.
        public var model: IntermediateModel?
        /// How long each stage that ran took, in order: `read+resolve`, `lower`, `render`.
        public var stages: [Stage] = []
        /// The resolved spec, when reading and resolving succeeded.
        public var resolved: ResolvedDocument?
    }

    /// One stage of the pipeline and its wall time.
    public struct Stage: Sendable {
        public var name: String
        public var duration: Duration

        public init(name: String, duration: Duration) {
            self.name = name
            self.duration = duration
        }
    }

    public func generate(_ configuration: GeneratorConfiguration) -> Result {
        let clock = ContinuousClock()
        var stages: [Stage] = []
        var start = clock.now
        func finish(_ stage: String) {
            let now = clock.now
            stages.append(Stage(name: stage, duration: now - start))
            start = now
        }
        var loader = loader
        loader.limits = configuration.limits
        let loaded = loader.load(configuration.specPath)
        finish("read+resolve")
        guard loaded.succeeded, let resolved = loaded.document else {
            return Result(files: [], diagnostics: loaded.diagnostics, model: nil, stages: stages)
        }
        let conventions = Vendor.conventions(of: configuration.vendors ?? [Vendor.detect(resolved.document)])
        var (model, log) = Lowering.lower(
            resolved, configuration: configuration, conventions: conventions, log: loaded.diagnostics)
        finish("lower")
        do {
            let templates = try TemplateSet(overrideFolder: configuration.templatesFolder)
            let files = try SwiftRenderer(templates: templates).render(model)
            finish("render")
            return Result(files: files, diagnostics: log, model: model, stages: stages, resolved: resolved)
        } catch {
            log.report(error)
            return Result(files: [], diagnostics: log, model: model, stages: stages, resolved: resolved)
        }
    }
}
