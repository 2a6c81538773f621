import Foundation
import SpecgenCore
import TestSupport
import Testing

/// Stripe's full public spec generates a client that compiles, and Stripe's own example object for every resource
/// (../shared/specs/stripe/fixtures3-2023-09-12.json) decodes into its generated type and re-encodes to the same
/// JSON (`null` and absent treated alike); and real operations send exactly the requests Stripe's SDKs send (form
/// bodies, deepObject queries, headers). Builds a temporary package, so it takes a few minutes.
@Suite struct StripeFullClientTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path
    static let shared = URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/specs/stripe")
        .standardizedFileURL.path

    /// Fixtures that disagree with the spec itself; anything else failing is a defect of the generator.
    static let knownSpecMismatches: Set<String> = [
        // The fixture's destination_payment_method_details lacks `billing_details`, which the spec requires.
        "treasury.outbound_payment: decoding",
        // The fixture's address has `zip`, which the spec's address schema does not define (it has postal_code).
        "identity.verification_report: re-encoding",
    ]

    @Test(.timeLimit(.minutes(20)))
    func fullClientCompilesAndRoundTripsEveryFixture() async throws {
        let spec = Self.shared + "/spec3-2023-09-12.yaml"
        let fixtures = Self.shared + "/fixtures3-2023-09-12.json"
        for path in [spec, fixtures] where !FileManager.default.fileExists(atPath: path) {
            Issue.record("\(path) is missing: this test reads Stripe's spec from ../shared/specs beside the checkout")
            return
        }
        let package = FileManager.default.temporaryDirectory.appendingPathComponent("stripe-full-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: package) }
        let configuration = GeneratorConfiguration(
            specPath: spec,
            moduleName: "StripeFull",
            outputFolder: package + "/Sources/StripeFull",
            source: "spec3-2023-09-12.yaml"
        )
        let result = try await offPool { Generator().generate(configuration) }
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.prefix(5))")
        let model = try #require(result.model)
        let files = result.files
        _ = try await offPool { try OutputWriter(folder: configuration.outputFolder).write(files) }

        // Fixture keys are schema names; each type's origin names its schema.
        let resources =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixtures))) as? [String: Any]
        let keys = try #require((resources?["resources"] as? [String: Any])?.keys.sorted())
        #expect(keys.count == 131)
        var typeForSchema: [String: String] = [:]
        for type in model.types where type.origin.hasPrefix("#/components/schemas/") {
            typeForSchema[String(type.origin.dropFirst("#/components/schemas/".count))] = type.name
        }
        let checks = keys.map { key in
            typeForSchema[key].map { "check(\($0).self, \"\(key)\")" } ?? "missing(\"\(key)\")"
        }
        try Self.writeChecker(into: package, checks: checks)
        let output = try await ChildProcess.run(["swift", "build", "--product", "FixtureCheck"], in: package)
        #expect(output.status == 0, "the generated client does not build:\n\(output.output.suffix(3000))")
        guard output.status == 0 else { return }
        let check = try await ChildProcess.run([package + "/.build/debug/FixtureCheck", fixtures], in: package)
        #expect(check.status == 0, "the fixture check failed:\n\(check.output.suffix(3000))")
        let failures = Set(check.output.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        #expect(failures == Self.knownSpecMismatches.union(["12 request pins checked"]), "\(check.output)")
    }

    private static func writeChecker(into package: String, checks: [String]) throws {
        // A path dependency is known by its folder's name.
        let identity = URL(fileURLWithPath: packageRoot).lastPathComponent.lowercased()
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "StripeFull",
                dependencies: [
                    .package(path: \(String(reflecting: packageRoot))),
                    .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.5.0"),
                    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
                ],
                targets: [
                    .target(name: "StripeFull", dependencies: [.product(name: "SpecgenRuntime", package: \(String(reflecting: identity)))]),
                    .executableTarget(
                        name: "FixtureCheck",
                        dependencies: [
                            "StripeFull", .product(name: "SpecgenRuntime", package: \(String(reflecting: identity))),
                            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                            .product(name: "HTTPTypes", package: "swift-http-types"),
                        ]
                    ),
                ]
            )

            """
        let checker = """
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SpecgenRuntime
            import StripeFull

            let data = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
            let fixtures = try JSONDecoder().decode([String: [String: JSONValue]].self, from: data)["resources"]!

            func withoutNulls(_ value: JSONValue) -> JSONValue {
                switch value {
                case .object(let members): .object(members.filter { $0.value != .null }.mapValues(withoutNulls))
                case .array(let items): .array(items.map(withoutNulls))
                default: value
                }
            }

            /// Prints `key: decoding` or `key: re-encoding` for a fixture that fails, nothing for one that round-trips.
            @MainActor func check<T: Codable>(_: T.Type, _ key: String) {
                let fixture = fixtures[key]!
                guard let value = try? JSONCoding.decoder().decode(T.self, from: JSONEncoder().encode(fixture)) else {
                    print("\\(key): decoding")
                    return
                }
                let again = try? JSONDecoder().decode(JSONValue.self, from: JSONCoding.encoder().encode(value))
                if again.map(withoutNulls) != withoutNulls(fixture) { print("\\(key): re-encoding") }
            }

            @MainActor func missing(_ key: String) { print("\\(key): no generated type") }

            \(checks.joined(separator: "\n"))

            \(requestPins)
            """
        try FileManager.default.createDirectory(
            atPath: package + "/Sources/FixtureCheck", withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: package + "/Package.swift"))
        try Data(checker.utf8).write(to: URL(fileURLWithPath: package + "/Sources/FixtureCheck/main.swift"))
    }

    /// Real operations and the exact requests Stripe's SDKs send for them (keys sorted, brackets unescaped):
    /// `METHOD path?query body`, then the headers that matter. A mismatch prints `pin <name>: sent <request>`.
    static let requestPins = #"""
        /// Records the requests a client sends and answers each with an empty object.
        final class Recorder: ClientTransport, @unchecked Sendable {
            private let lock = NSLock()
            private var recorded: [(request: HTTPRequest, body: String)] = []

            var first: (request: HTTPRequest, body: String)? { lock.withLock { recorded.first } }

            func send(
                _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
            ) async throws -> (HTTPResponse, HTTPBody?) {
                let bytes = body == nil ? Data() : try await Data(collecting: body!, upTo: 1 << 20)
                lock.withLock { recorded.append((request, String(decoding: bytes, as: UTF8.self))) }
                return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody("{}"))
            }
        }

        var pinCount = 0

        @MainActor func pin(
            _ name: String, _ expected: String, headers: [String: String] = [:],
            authorization: Authorization = .bearer("sk_test_123"),
            _ call: (StripeFull) async -> Void
        ) async {
            pinCount += 1
            let recorder = Recorder()
            await call(StripeFull(authorization: authorization, transport: recorder))
            guard let (request, body) = recorder.first else { return print("pin \(name): sent nothing") }
            let sent = "\(request.method.rawValue) \(request.path ?? "") \(body)"
            if sent != expected { print("pin \(name): sent \(sent)") }
            for (header, value) in headers where request.headerFields[HTTPField.Name(header)!] != value {
                print("pin \(name): \(header) was \(request.headerFields[HTTPField.Name(header)!] ?? "absent")")
            }
        }

        await pin(
            "customers create with metadata and address",
            "POST /v1/customers address[city]=Berlin&address[country]=DE&address[line1]=Unter%20den%20Linden%201&address[postal_code]=10117&email=jenny.rosen%40example.com&metadata[order_id]=6735&name=Jenny%20Rosen",
            headers: ["Authorization": "Bearer sk_test_123", "Stripe-Version": "2023-08-16", "Content-Type": "application/x-www-form-urlencoded"]
        ) {
            _ = try? await $0.v1.customers.create(.init(
                address: .value(.init(city: "Berlin", country: "DE", line1: "Unter den Linden 1", postalCode: "10117")),
                email: "jenny.rosen@example.com", metadata: ["order_id": "6735"], name: "Jenny Rosen"))
        }
        await pin(
            "payment intents create with payment_method_options",
            "POST /v1/payment_intents amount=2000&currency=eur&payment_method_options[card][request_three_d_secure]=any&payment_method_types[0]=card"
        ) {
            _ = try? await $0.v1.paymentIntents.create(.init(
                amount: 2000, currency: "eur", paymentMethodOptions: .init(card: .value(.init(requestThreeDSecure: .any))),
                paymentMethodTypes: ["card"]))
        }
        await pin(
            "checkout sessions create with line_items",
            "POST /v1/checkout/sessions line_items[0][price]=price_1MotwRLkdIwHu7ixYcPLm5uZ&line_items[0][quantity]=2&mode=payment&success_url=https%3A%2F%2Fexample.com%2Fsuccess"
        ) {
            _ = try? await $0.v1.checkout.sessions.create(.init(
                lineItems: [.init(price: "price_1MotwRLkdIwHu7ixYcPLm5uZ", quantity: 2)], mode: .payment,
                successURL: "https://example.com/success"))
        }
        await pin(
            "subscriptions create with items",
            "POST /v1/subscriptions customer=cus_NffrFeUfNV2Hib&expand[0]=latest_invoice.payment_intent&items[0][price]=price_1MowQULkdIwHu7ixraBm864M"
        ) {
            _ = try? await $0.v1.subscriptions.create(.init(
                customer: "cus_NffrFeUfNV2Hib", expand: ["latest_invoice.payment_intent"],
                items: [.init(price: "price_1MowQULkdIwHu7ixraBm864M")]))
        }
        await pin(
            "prices create with recurring",
            "POST /v1/prices currency=usd&product=prod_NWjs8kKbJWmuuc&recurring[interval]=month&recurring[interval_count]=3&unit_amount=1000"
        ) {
            _ = try? await $0.v1.prices.create(.init(
                currency: "usd", product: "prod_NWjs8kKbJWmuuc", recurring: .init(interval: .month, intervalCount: 3),
                unitAmount: 1000))
        }
        await pin("products update clearing description", "POST /v1/products/prod_1 description=&metadata[color]=") {
            _ = try? await $0.v1.products.update(id: "prod_1", .init(description: .clear, metadata: ["color": ""]))
        }
        await pin("invoices list with created[gte]", "GET /v1/invoices?created%5Bgte%5D=1680000000&customer=cus_1&limit=3 ") {
            _ = try? await $0.v1.invoices.list(created: .rangeQuerySpecs(.init(gte: 1_680_000_000)), customer: "cus_1", limit: 3)
        }
        await pin("customers list with expand[]", "GET /v1/customers?expand%5B%5D=data.default_source&limit=10 ") {
            _ = try? await $0.v1.customers.list(expand: ["data.default_source"], limit: 10)
        }
        await pin("coupons create with a decimal percentage", "POST /v1/coupons duration=repeating&duration_in_months=3&percent_off=25.5") {
            _ = try? await $0.v1.coupons.create(.init(duration: .repeating, durationInMonths: 3, percentOff: 25.5))
        }
        await pin(
            "subscriptions update with a boolean and proration none",
            "POST /v1/subscriptions/sub_1 cancel_at_period_end=true&proration_behavior=none"
        ) {
            _ = try? await $0.v1.subscriptions.update(
                subscription: "sub_1", .init(cancelAtPeriodEnd: true, prorationBehavior: .noneValue))
        }
        await pin(
            "invoices create with a unix-time due date",
            "POST /v1/invoices collection_method=send_invoice&customer=cus_1&due_date=1700000000"
        ) {
            _ = try? await $0.v1.invoices.create(.init(
                collectionMethod: .sendInvoice, customer: "cus_1", dueDate: Date(timeIntervalSince1970: 1_700_000_000)))
        }
        await pin(
            "payment intents confirm for a connected account, idempotently, with basic auth",
            "POST /v1/payment_intents/pi_1/confirm payment_method=pm_card_visa&return_url=https%3A%2F%2Fexample.com%2Freturn",
            headers: ["Authorization": "Basic c2tfdGVzdF8xMjM6", "Stripe-Account": "acct_1", "Idempotency-Key": "key-1"],
            authorization: .basic(user: "sk_test_123", password: "")
        ) {
            _ = try? await $0.v1.paymentIntents.confirm(
                intent: "pi_1", .init(paymentMethod: "pm_card_visa", returnURL: "https://example.com/return"),
                options: RequestOptions(idempotencyKey: "key-1", stripeAccount: "acct_1"))
        }
        print("\(pinCount) request pins checked")
        """#
}
