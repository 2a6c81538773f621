import Foundation
import SpecgenCore
import TestSupport
import Testing

/// The full Stripe client is called as Stripe's own SDK calls it: each operation that stripe-python 8's `StripeClient`
/// has is measured against its call (`customers.taxIDs.create`), from the table in ../shared/specs (a yardstick read
/// here only, never by the generator; Swift casing and the `v1` namespace aside).
@Suite struct StripeSDKNamingTests {
    /// Each operation's call in the generated client, by `METHOD path`: the resources from the client down, then
    /// the method.
    private static func calls(_ client: ClientModel) -> [String: String] {
        var calls: [String: String] = [:]
        func visit(_ resources: [ClientModel.Resource], path: [String]) {
            for resource in resources {
                let here = path + [resource.propertyName]
                for operation in resource.operations {
                    calls[operation.httpMethod.uppercased() + " " + operation.path] =
                        (here + [operation.name]).map { $0.replacingOccurrences(of: "`", with: "") }
                        .joined(separator: ".")
                }
                visit(resource.resources, path: here)
            }
        }
        visit(client.resources, path: [])
        return calls
    }

    @Test func atLeast97PercentOfStripePythonsCallsAreTheGeneratedClientsAndNoResourceIsSuffixedOrTypeNumbered()
        async throws
    {
        let spec = try SharedSpecs.path("stripe/spec3-2023-09-12.yaml")
        let table = try String(
            contentsOfFile: try SharedSpecs.path("stripe/sdk-calls-stripe-python-8.0.0.tsv"), encoding: .utf8)
        let configuration = GeneratorConfiguration(
            specPath: spec, moduleName: "StripeFull", outputFolder: try temporaryFolder([:]), source: "spec3.yaml")
        let result = try await offPool { Generator().generate(configuration) }
        let model = try #require(result.model)
        let calls = Self.calls(model.client)
        var measured = 0
        var same = 0
        var different: [String] = []
        for line in table.split(separator: "\n").dropFirst(4) {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3, let call = calls[fields[1] + " " + fields[0]] else { continue }
            measured += 1
            let generated = call.hasPrefix("v1.") ? String(call.dropFirst(3)) : call
            if generated.lowercased() == fields[2].lowercased() {
                same += 1
            } else {
                different.append("\(fields[1]) \(fields[0]): stripe-python \(fields[2]), generated \(generated)")
            }
        }
        #expect(measured >= 390, "operations both have")
        let share = Double(same) / Double(measured)
        print("stripe-python's calls the generated client makes the same way: \(same) of \(measured)")
        #expect(share >= 0.97, "\(same) of \(measured):\n\(different.joined(separator: "\n"))")
        let suffixed = calls.values.filter { $0.split(separator: ".").contains { $0.hasSuffix("Resource") } }
        #expect(suffixed.isEmpty, "\(suffixed.sorted())")
        var suffixedTypes: [String] = []
        func visitTypes(_ resources: [ClientModel.Resource]) {
            for resource in resources {
                if resource.typeName.hasSuffix("Resource") { suffixedTypes.append(resource.typeName) }
                visitTypes(resource.resources)
            }
        }
        visitTypes(model.client.resources)
        #expect(suffixedTypes.isEmpty, "\(suffixedTypes)")
        // No numbered type names: a type `X2` … `X50` declared anywhere beside an `X` declared anywhere.
        var declared: Set<String> = []
        func collect(_ types: [NamedType]) {
            for type in types {
                declared.insert(type.name)
                collect(type.nestedTypes)
            }
        }
        collect(model.types)
        let numbered = declared.filter { name in
            let stem = String(name.reversed().drop(while: \.isNumber).reversed())
            return Int(name.dropFirst(stem.count)).map { (2...50).contains($0) } == true && declared.contains(stem)
        }
        #expect(numbered.isEmpty, "\(numbered.sorted())")
    }
}
