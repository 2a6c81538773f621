import Foundation
import Testing

@testable import SpecgenCore

/// A snippet spec read and resolved, with the first steps of Lower run on it.
struct Lowered {
    let folder: String
    let path: String
    let resolved: ResolvedDocument
    let rules: SchemaRules
    let topLevel: TopLevelTypes
    let types: [NamedType]
    let reservedNames: Set<String>
    /// The diagnostics of choosing and lowering the types.
    let log: DiagnosticLog

    /// The types after ``SharedShapes``, as ``ClientLowering`` takes them.
    var hoisted: LoweredTypes {
        SharedShapes.hoisting(
            LoweredTypes(types: types, topLevel: topLevel, reservedNames: reservedNames), conventions: rules.conventions
        )
    }

    init(_ yaml: String, vendors: [Vendor] = [.generic], typeNames: [String: String] = [:]) throws {
        folder = try temporaryFolder([
            "spec.yaml": "openapi: 3.0.3\ninfo: {title: Snippet, version: '1'}\n" + yaml
        ])
        path = folder + "/spec.yaml"
        let loaded = SpecLoader().load(path)
        try #require(loaded.succeeded, "\(loaded.diagnostics.diagnostics)")
        resolved = try #require(loaded.document)
        rules = SchemaRules(resolved: resolved, conventions: Vendor.conventions(of: vendors))
        var log = DiagnosticLog()
        topLevel = TopLevelTypes.choose(in: rules, moduleName: "Snippet", typeNames: typeNames, log: &log)
        (types, reservedNames) = TypeLowering.lower(topLevel, rules: rules, log: &log)
        self.log = log
    }
}
