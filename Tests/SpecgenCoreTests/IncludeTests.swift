import Foundation
import SpecgenCore
import TestSupport
import Testing

/// specgen.yaml's `include`: only the operations it names are generated, with exactly the types they reach; entries
/// that name nothing are warnings at their position, and a malformed section is an error there.
@Suite struct IncludeTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /v1/customers:
            get: {operationId: GetCustomers, responses: {'200': \(body("Customer"))}}
          /v1/customers/{id}:
            get:
              operationId: GetCustomersID
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {'200': \(body("Customer"))}
          /v1/customers_search:
            get: {operationId: GetCustomersSearch, responses: {'200': \(body("Customer"))}}
          /v1/balance:
            get: {operationId: GetBalance, responses: {'200': \(body("Balance"))}}
          /v1/invoices:
            get: {operationId: GetInvoices, tags: [Billing], responses: {'200': \(body("Invoice"))}}
          /v1/charges:
            get: {operationId: GetCharges, tags: [Payments], responses: {'200': \(body("Charge"))}}
        components:
          schemas:
            Customer: {type: object, properties: {address: {$ref: '#/components/schemas/Address'}}}
            Address: {type: object, properties: {city: {type: string}}}
            Balance: {type: object, properties: {amount: {type: integer}}}
            Invoice:
              type: object
              properties: {lines: {type: array, items: {$ref: '#/components/schemas/Line'}}}
            Line: {type: object, properties: {amount: {type: integer}}}
            Charge: {type: object, properties: {invoice: {$ref: '#/components/schemas/Invoice'}}}
            Unused: {type: object, properties: {name: {type: string}}}
        """

    static func body(_ schema: String) -> String {
        "{description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/\(schema)'}}}}"
    }

    /// Stripe's shape: a customer and an invoice that link to each other, and a default source that is a card or a
    /// bank account, as expandable fields.
    static let expandableSpec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1', x-stripeSpecFilename: spec3.sdk.yaml}
        paths:
          /v1/customers:
            get: {operationId: GetCustomers, responses: {'200': \(body("customer"))}}
          /v1/invoices:
            get: {operationId: GetInvoices, responses: {'200': \(body("invoice"))}}
        components:
          schemas:
            customer:
              type: object
              required: [id]
              properties:
                id: {type: string}
                default_source:
                  anyOf: [{type: string}, {$ref: '#/components/schemas/card'}, {$ref: '#/components/schemas/bank_account'}]
                  x-expansionResources:
                    oneOf: [{$ref: '#/components/schemas/card'}, {$ref: '#/components/schemas/bank_account'}]
                latest_invoice: \(expandable("invoice"))
            invoice:
              type: object
              required: [id]
              properties: {id: {type: string}, customer: \(expandable("customer"))}
            card: {type: object, required: [id], properties: {id: {type: string}, brand: {type: string}}}
            bank_account: {type: object, required: [id], properties: {id: {type: string}, bank_name: {type: string}}}
        """

    static func expandable(_ schema: String) -> String {
        "{anyOf: [{type: string}, {$ref: '#/components/schemas/\(schema)'}], "
            + "x-expansionResources: {oneOf: [{$ref: '#/components/schemas/\(schema)'}]}}"
    }

    /// The configuration of a package whose specgen.yaml ends with `include`.
    private func configuration(
        _ include: String, spec: String = Self.spec
    ) throws -> (Result<GeneratorConfiguration, Diagnostic>, String) {
        let folder = try temporaryFolder([
            "Specs/shop/specgen.yaml": "spec: openapi.yaml\nmodule: Shop\noutput: ../../Out\ninclude:\n" + include,
            "Specs/shop/openapi.yaml": spec,
        ])
        return (GeneratorConfiguration.load(apiFolder: folder + "/Specs/shop", packageRoot: folder), folder)
    }

    @Test func onlyTheIncludedOperationsAndTheTypesTheyReachAreGenerated() async throws {
        let (loaded, folder) = try configuration(
            "  paths: [/v1/customers]\n  operations: [GetBalance]\n  tags: [Billing]\n")
        let result = Generator().generate(try loaded.get())
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let model = try #require(result.model)
        var operations: [String] = []
        func visit(_ resources: [ClientModel.Resource]) {
            for resource in resources {
                operations += resource.operations.map(\.operationID)
                visit(resource.resources)
            }
        }
        visit(model.client.resources)
        // `/v1/customers` takes `/v1/customers/{id}`, not `/v1/customers_search`.
        #expect(operations.sorted() == ["GetBalance", "GetCustomers", "GetCustomersID", "GetInvoices"])
        // The types the operations reach, through properties and array items; not Charge, nor what nothing uses.
        #expect(model.types.map(\.name) == ["Customer", "Address", "Balance", "Invoice", "Line"])
        _ = try OutputWriter(folder: folder + "/Out").write(result.files)
        let typecheck = try await ChildProcess.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "Shop"]
                + ["-I", GeneratedWarningTests.modules] + result.files.map { folder + "/Out/" + $0.path }, in: folder)
        #expect(typecheck.status == 0, "\(typecheck.output)")
    }

    @Test func anExpandableFieldWhoseObjectIsNotIncludedHoldsJSONValue() async throws {
        let (loaded, folder) = try configuration("  paths: [/v1/customers]\n", spec: Self.expandableSpec)
        let result = Generator().generate(try loaded.get())
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let model = try #require(result.model)
        // Neither the invoice nor the card and bank account, which only expandable fields link to.
        #expect(model.types.map(\.name) == ["Customer"])
        let customer = try #require(model.types.first)
        #expect(customer.nestedTypes.isEmpty, "the union of card and bank account is no longer declared")
        guard case .structure(let properties) = customer.kind else {
            Issue.record("Customer is not a struct")
            return
        }
        #expect(
            properties.map { "\($0.name): \($0.type.swift)" } == [
                "id: String", "defaultSource: Expandable<JSONValue>?", "latestInvoice: Expandable<JSONValue>?",
            ])
        #expect(properties[2].documentation?.contains("not generated with this spec's `include`") == true)
        _ = try OutputWriter(folder: folder + "/Out").write(result.files)
        let typecheck = try await ChildProcess.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "Shop"]
                + ["-I", GeneratedWarningTests.modules] + result.files.map { folder + "/Out/" + $0.path }, in: folder)
        #expect(typecheck.status == 0, "\(typecheck.output)")
    }

    @Test func anExpandableFieldWhoseObjectIsIncludedStaysTyped() throws {
        let (loaded, _) = try configuration("  paths: [/v1/customers, /v1/invoices]\n", spec: Self.expandableSpec)
        let model = try #require(Generator().generate(try loaded.get()).model)
        #expect(model.types.map(\.name) == ["Customer", "Invoice"])
        let fields = model.types.flatMap { type -> [String] in
            guard case .structure(let properties) = type.kind else { return [] }
            return properties.filter { $0.name != "id" }.map { "\(type.name).\($0.name): \($0.type.swift)" }
        }
        #expect(
            fields == [
                "Customer.defaultSource: Expandable<JSONValue>?", "Customer.latestInvoice: Expandable<Invoice>?",
                "Invoice.customer: Expandable<Customer>?",
            ])
    }

    @Test func entriesThatNameNothingAreWarningsAtTheirPosition() throws {
        let (loaded, _) = try configuration(
            "  paths: [/v1/customers, /v1/nowhere]\n  operations: [NoSuchOperation]\n  tags: [Billing, Shipping]\n")
        let result = Generator().generate(try loaded.get())
        let warnings = result.diagnostics.diagnostics.filter { $0.severity == .warning }
        #expect(
            warnings.map(\.positioned) == [
                "5:26: include.paths names '/v1/nowhere', which no path of the spec starts with",
                "6:16: include.operations names 'NoSuchOperation', which is no operationId of the spec",
                "7:19: include.tags names 'Shipping', which tags no operation of the spec",
            ])
        #expect(warnings.allSatisfy { $0.location?.path.hasSuffix("Specs/shop/specgen.yaml") == true })
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func aMalformedIncludeIsAnErrorAtItsPosition() throws {
        let cases = [
            ("  paths: /v1/customers\n", "5:10: 'include.paths' expects a list of strings, found a string"),
            ("  paths: [v1/customers]\n", "5:11: 'v1/customers' is no path: paths start with /"),
            ("  methods: [get]\n", "5:3: unknown key 'methods' in 'include'"),
            ("  paths: []\n", "5:3: 'include' names no operation"),
        ]
        for (include, expected) in cases {
            guard case .failure(let error) = try configuration(include).0 else {
                Issue.record("expected an error for \(include)")
                continue
            }
            #expect(error.positioned == expected)
        }
    }
}
