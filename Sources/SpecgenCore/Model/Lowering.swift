/// The Lower stage: a resolved document becomes the ``IntermediateModel`` in five steps, each taking the last one's
/// value: which schemas are top-level types and their names (``TopLevelTypes``), the types (``TypeLowering``),
/// shapes spelled out in several places declared once (``SharedShapes``) and so error bodies that several operations
/// spell out alike (``SharedErrorBodies``), and the client over those types (``ClientLowering``); with specgen.yaml's
/// `include`, the types the client does not reach are dropped last (``ReachableTypes``). All naming happens here.
enum Lowering {
    /// The model of `resolved` for `configuration`, and the diagnostics so far with Lower's added.
    static func lower(
        _ resolved: ResolvedDocument, configuration: GeneratorConfiguration, conventions: any Conventions,
        log: DiagnosticLog
    ) -> (model: IntermediateModel, log: DiagnosticLog) {
        var log = log
        let rules = SchemaRules(resolved: resolved, conventions: conventions)
        let topLevel = TopLevelTypes.choose(
            in: rules, moduleName: configuration.moduleName, typeNames: configuration.names.types, log: &log)
        let (types, reservedNames) = TypeLowering.lower(topLevel, rules: rules, log: &log)
        let lowered = SharedErrorBodies.merging(
            SharedShapes.hoisting(
                LoweredTypes(types: types, topLevel: topLevel, reservedNames: reservedNames), conventions: conventions))
        let (client, clientLog) = ClientLowering.lower(
            lowered, rules: rules, clientName: configuration.moduleName, names: configuration.names,
            include: configuration.include, log: log)
        let model = IntermediateModel(
            moduleName: configuration.moduleName,
            source: configuration.source,
            accessLevel: configuration.accessLevel,
            types: configuration.include.includesEverything
                ? lowered.types : ReachableTypes.pruning(lowered.types, reachableFrom: client),
            client: client)
        return (model, clientLog)
    }
}
