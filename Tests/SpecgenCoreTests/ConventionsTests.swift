import SpecgenCore
import Testing

/// A vendor's rules apply to its own specs only: detected from the spec, or named with `conventions:`.
@Suite struct ConventionsTests {
    /// A Stripe-style list object, expandable field and empty-string marker, as any API might spell them.
    private let stripeShapes = """
        components:
          schemas:
            Customer: {type: object, properties: {id: {type: string}}}
            CustomerList:
              type: object
              properties:
                object: {type: string, enum: [list]}
                data: {type: array, items: {$ref: "#/components/schemas/Customer"}}
                has_more: {type: boolean}
                url: {type: string}
            Charge:
              type: object
              properties:
                customer:
                  anyOf: [{type: string}, {$ref: "#/components/schemas/Customer"}]
                  x-expansionResources: {oneOf: [{$ref: "#/components/schemas/Customer"}]}
                note:
                  anyOf: [{type: string}, {type: string, enum: [""]}]
        """

    @Test func anUnrelatedAPIGetsNoneOfStripesRules() throws {
        let snippet = try Snippet("servers: [{url: 'https://api.example.com'}]\npaths: {}\n" + stripeShapes)
        #expect(snippet.contains("public struct CustomerList: Codable, Hashable, Sendable {"))
        #expect(!snippet.swift.contains("Expandable<"))
        #expect(!snippet.swift.contains("Clearable<"))
    }

    @Test func stripesServerBringsStripesRules() throws {
        let snippet = try Snippet("servers: [{url: 'https://api.stripe.com'}]\npaths: {}\n" + stripeShapes)
        #expect(snippet.contains("public typealias CustomerList = ListPage<Customer>"))
        #expect(snippet.contains("public var customer: Expandable<Customer>?"))
        #expect(snippet.contains("public var note: Clearable<String>?"))
    }

    @Test func conventionsNamedInTheConfigurationWinOverDetection() throws {
        let named = try Snippet("paths: {}\n" + stripeShapes, vendors: [.stripe])
        #expect(named.contains("public typealias CustomerList = ListPage<Customer>"))
        let none = try Snippet(
            "servers: [{url: 'https://api.stripe.com'}]\npaths: {}\n" + stripeShapes, vendors: [.generic])
        #expect(none.contains("public struct CustomerList: Codable, Hashable, Sendable {"))
    }

    @Test func onlyStripesClientsTakeStripeAccountAndHonourStripeShouldRetry() throws {
        let paths = "paths:\n  /a: {get: {responses: {'200': {description: ok}}}}\n"
        let stripe = try Snippet("servers: [{url: 'https://api.stripe.com'}]\n" + paths)
        #expect(stripe.contains(#"client.retryAdviceHeader = "Stripe-Should-Retry""#))
        #expect(stripe.contains(#"if let stripeAccount { headers["Stripe-Account"] = stripeAccount }"#))
        let other = try Snippet("servers: [{url: 'https://api.example.com'}]\n" + paths)
        #expect(!other.swift.contains("Stripe"))
    }

    @Test func pagingByLinksFollowsTheVendorsNamesOnly() throws {
        let spec = """
            paths:
              /people:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [_data]
                            properties:
                              _data: {type: array, items: {type: string}}
                              _meta: {type: object, properties: {links: {type: object, properties: {next: {type: object, properties: {href: {type: string}}}}}}}
            """
        #expect(try Snippet(spec, vendors: [.personio]).swift.contains("public func listAutoPaging("))
        #expect(!(try Snippet(spec, vendors: [.stripe]).swift.contains("AutoPaging")))
        #expect(!(try Snippet(spec).swift.contains("AutoPaging")))
    }

    @Test func specgenYAMLNamesOneVendorOrSeveral() throws {
        for (text, vendors) in [("stripe", [Vendor.stripe]), ("[stripe, personio]", [.stripe, .personio])] {
            let folder = try temporaryFolder([
                "specgen.yaml": "spec: spec.yaml\nmodule: People\noutput: out\nconventions: \(text)\n", "spec.yaml": "",
            ])
            let configuration = try GeneratorConfiguration.load(apiFolder: folder, packageRoot: folder).get()
            #expect(configuration.vendors == vendors)
        }
    }

    @Test func anUnknownVendorInSpecgenYAMLIsAPositionedError() throws {
        let folder = try temporaryFolder([
            "specgen.yaml": "spec: spec.yaml\nmodule: Api\noutput: out\nconventions: acme\n", "spec.yaml": "",
        ])
        guard case .failure(let error) = GeneratorConfiguration.load(apiFolder: folder, packageRoot: folder) else {
            Issue.record("conventions: acme was accepted")
            return
        }
        #expect(error.positioned == "4:14: conventions 'acme' names no vendor Specgen knows")
        #expect(error.hint == "use stripe, personio, none, or a list of them")
    }
}
