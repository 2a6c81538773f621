import Testing

@testable import SpecgenCore

/// Stripe's operations where Stripe's SDKs have them (``StripeOperationPlacement``): a few paths in, each operation's
/// call out (`POST /v1/customers/{customer}/tax_ids: v1.customers.taxIDs.create`).
@Suite struct StripePlacementSnippetTests {
    /// An operation of the snippet: method and path, what it answers (a schema's name, `list of` one, or nothing) and
    /// its description.
    private struct Operation {
        var method: String
        var path: String
        var answers: String?
        var description: String?

        init(_ method: String, _ path: String, answers: String? = nil, description: String? = nil) {
            (self.method, self.path, self.answers, self.description) = (method, path, answers, description)
        }
    }

    /// Every operation's call, by `METHOD path`, in the spec's order; `objects` are schemas by name with their
    /// `x-resourceId`, `schemas` more component schemas as YAML lines.
    private func calls(
        _ operations: [Operation], objects: [String: String] = [:], schemas: String = "",
        vendors: [Vendor] = [.stripe]
    ) throws -> [String] {
        var yaml = "paths:\n"
        for path in operations.map(\.path).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            yaml += "  \(path):\n"
            let parameters = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { $0.dropFirst().dropLast() }
            if !parameters.isEmpty {
                yaml += "    parameters:\n"
                for name in parameters {
                    yaml += "      - {name: \(name), in: path, required: true, schema: {type: string}}\n"
                }
            }
            for operation in operations where operation.path == path {
                yaml += "    \(operation.method.lowercased()):\n"
                if let description = operation.description { yaml += "      description: '\(description)'\n" }
                yaml += "      responses:\n        '200':\n          description: ok\n"
                if let answers = operation.answers {
                    let schema =
                        answers.hasPrefix("list of ")
                        ? "{type: object, required: [data, has_more, object, url], properties: {object: {type: string, "
                            + "enum: [list]}, data: {type: array, items: {$ref: '#/components/schemas/"
                            + answers.dropFirst(8) + "'}}, has_more: {type: boolean}, url: {type: string}}}"
                        : "{$ref: '#/components/schemas/\(answers)'}"
                    yaml += "          content: {application/json: {schema: \(schema)}}\n"
                }
            }
        }
        if !objects.isEmpty || !schemas.isEmpty { yaml += "components:\n  schemas:\n" + schemas }
        for (name, resourceID) in objects.sorted(by: { $0.key < $1.key }) {
            yaml += "    \(name): {type: object, properties: {id: {type: string}}, x-resourceId: '\(resourceID)'}\n"
        }
        let spec = try Lowered(yaml, vendors: vendors)
        let (client, _) = ClientLowering.lower(
            spec.hoisted, rules: spec.rules, clientName: "Snippet", log: DiagnosticLog())
        var calls: [String: String] = [:]
        func visit(_ resources: [ClientModel.Resource], path: [String]) {
            for resource in resources {
                for operation in resource.operations {
                    calls[operation.httpMethod.uppercased() + " " + operation.path] =
                        (path + [resource.propertyName, operation.name]).joined(separator: ".")
                }
                visit(resource.resources, path: path + [resource.propertyName])
            }
        }
        visit(client.resources, path: [])
        return operations.map { "\($0.method) \($0.path): " + (calls["\($0.method) \($0.path)"] ?? "missing") }
    }

    @Test func anItemsCollectionIsAResourceInWhichAPostCreates() throws {
        let operations = [
            Operation("POST", "/v1/customers/{customer}/tax_ids"),
            Operation("GET", "/v1/customers/{customer}/tax_ids"),
            Operation("DELETE", "/v1/customers/{customer}/tax_ids/{id}"),
            Operation("POST", "/v1/accounts/{account}/login_links"),
            Operation("POST", "/v1/accounts/{account}/people"),
            Operation("GET", "/v1/accounts/{account}/people/{person}"),
            Operation("POST", "/v1/charges/{charge}/capture"),
            Operation("POST", "/v1/payment_intents/{intent}/verify_microdeposits"),
        ]
        #expect(
            try calls(operations) == [
                "POST /v1/customers/{customer}/tax_ids: v1.customers.taxIDs.create",
                "GET /v1/customers/{customer}/tax_ids: v1.customers.taxIDs.list",
                "DELETE /v1/customers/{customer}/tax_ids/{id}: v1.customers.taxIDs.delete",
                "POST /v1/accounts/{account}/login_links: v1.accounts.loginLinks.create",
                "POST /v1/accounts/{account}/people: v1.accounts.people.create",
                "GET /v1/accounts/{account}/people/{person}: v1.accounts.people.retrieve",
                "POST /v1/charges/{charge}/capture: v1.charges.capture",
                "POST /v1/payment_intents/{intent}/verify_microdeposits: v1.paymentIntents.verifyMicrodeposits",
            ])
        // Other APIs keep the path rules: a POST after an item is an action on it.
        #expect(
            try calls(Array(operations.prefix(2)), vendors: [.generic]) == [
                "POST /v1/customers/{customer}/tax_ids: v1.customers.taxIDs",
                "GET /v1/customers/{customer}/tax_ids: v1.customers.taxIDsResource.list",
            ])
    }

    @Test func aSingleThingOfAnItemIsReadAndUpdatedInItsResourceAndDeletedFromTheItem() throws {
        #expect(
            try calls(
                [
                    Operation("GET", "/v1/customers/{customer}/cash_balance", answers: "CashBalance"),
                    Operation("POST", "/v1/customers/{customer}/cash_balance", answers: "CashBalance"),
                    Operation("DELETE", "/v1/customers/{customer}/discount"),
                ], objects: ["CashBalance": "cash_balance"]) == [
                    "GET /v1/customers/{customer}/cash_balance: v1.customers.cashBalance.retrieve",
                    "POST /v1/customers/{customer}/cash_balance: v1.customers.cashBalance.update",
                    "DELETE /v1/customers/{customer}/discount: v1.customers.deleteDiscount",
                ])
    }

    @Test func aStaticSegmentAfterACollectionIsAnActionAndWhatIsBelowItIsNamedWithIt() throws {
        #expect(
            try calls(
                [
                    Operation("GET", "/v1/invoices", answers: "list of Invoice"),
                    Operation("GET", "/v1/invoices/{invoice}", answers: "Invoice"),
                    Operation("GET", "/v1/invoices/upcoming", answers: "Invoice"),
                    Operation("GET", "/v1/invoices/upcoming/lines", answers: "list of Invoice"),
                    Operation("GET", "/v1/apps/secrets/find"),
                    Operation("GET", "/v1/apps/secrets", answers: "list of Invoice"),
                    Operation("POST", "/v1/apps/secrets"),
                    Operation("POST", "/v1/tax/transactions/create_from_calculation"),
                    Operation("GET", "/v1/tax/transactions/{transaction}"),
                    Operation("GET", "/v1/tax/settings", answers: "Invoice"),
                    Operation("POST", "/v1/tax/settings", answers: "Invoice"),
                ], objects: ["Invoice": "invoice"]) == [
                    "GET /v1/invoices: v1.invoices.list",
                    "GET /v1/invoices/{invoice}: v1.invoices.retrieve",
                    "GET /v1/invoices/upcoming: v1.invoices.upcoming",
                    "GET /v1/invoices/upcoming/lines: v1.invoices.upcomingLines.list",
                    "GET /v1/apps/secrets/find: v1.apps.secrets.find",
                    "GET /v1/apps/secrets: v1.apps.secrets.list",
                    "POST /v1/apps/secrets: v1.apps.secrets.create",
                    "POST /v1/tax/transactions/create_from_calculation: v1.tax.transactions.createFromCalculation",
                    "GET /v1/tax/transactions/{transaction}: v1.tax.transactions.retrieve",
                    // A single thing that is read: its POST is its update.
                    "GET /v1/tax/settings: v1.tax.settings.retrieve",
                    "POST /v1/tax/settings: v1.tax.settings.update",
                ])
    }

    @Test func actionsWhoseVerbIsReservedInStripesSDKsOrThatAreGroupedTakeTheirObjectsName() throws {
        #expect(
            try calls([
                Operation("POST", "/v1/invoices/{invoice}/finalize"),
                Operation("POST", "/v1/invoices/{invoice}/pay"),
                Operation("POST", "/v1/test_helpers/treasury/inbound_transfers/{id}/return"),
                Operation("POST", "/v1/test_helpers/issuing/cards/{card}/shipping/ship"),
            ]) == [
                "POST /v1/invoices/{invoice}/finalize: v1.invoices.finalizeInvoice",
                "POST /v1/invoices/{invoice}/pay: v1.invoices.pay",
                "POST /v1/test_helpers/treasury/inbound_transfers/{id}/return: "
                    + "v1.testHelpers.treasury.inboundTransfers.returnInboundTransfer",
                "POST /v1/test_helpers/issuing/cards/{card}/shipping/ship: v1.testHelpers.issuing.cards.shipCard",
            ])
    }

    @Test func aDeleteThatItsDescriptionCallsACancellationIsCancel() throws {
        #expect(
            try calls([
                Operation("DELETE", "/v1/subscriptions/{id}", description: "<p>Cancels a customer’s subscription.</p>"),
                Operation("DELETE", "/v1/coupons/{coupon}", description: "<p>Deletes a coupon.</p>"),
            ]) == [
                "DELETE /v1/subscriptions/{id}: v1.subscriptions.cancel",
                "DELETE /v1/coupons/{coupon}: v1.coupons.delete",
            ])
    }

    @Test func resourcesAreNamedAsTheObjectsTheyHoldAndAsDescriptionsSpellThem() throws {
        #expect(
            try calls(
                [
                    Operation("GET", "/v1/apple_pay/domains", answers: "list of Domain"),
                    Operation("GET", "/v1/checkout/sessions", answers: "list of Session"),
                    Operation("GET", "/v1/invoiceitems", description: "<p>Returns a list of your invoice items.</p>"),
                    Operation("GET", "/v1/topups", description: "<p>Returns a list of top-ups.</p>"),
                    Operation("GET", "/v1/invoices/{invoice}/lines", answers: "list of LineItem"),
                    Operation("GET", "/v1/credit_notes/{credit_note}/lines", answers: "list of CreditNoteLineItem"),
                    Operation("GET", "/v1/sources/{source}/source_transactions", answers: "list of Domain"),
                ],
                objects: [
                    "Domain": "apple_pay_domain", "Session": "checkout.session", "LineItem": "line_item",
                    "CreditNoteLineItem": "credit_note_line_item",
                ]) == [
                    "GET /v1/apple_pay/domains: v1.applePayDomains.list",
                    "GET /v1/checkout/sessions: v1.checkout.sessions.list",
                    "GET /v1/invoiceitems: v1.invoiceItems.list",
                    "GET /v1/topups: v1.topups.list",
                    "GET /v1/invoices/{invoice}/lines: v1.invoices.lineItems.list",
                    "GET /v1/credit_notes/{credit_note}/lines: v1.creditNotes.lineItems.list",
                    "GET /v1/sources/{source}/source_transactions: v1.sources.transactions.list",
                ])
    }

    @Test func methodNamesStripesSDKSpecsGiveWinOverTheRules() throws {
        let schemas = """
                secret:
                  type: object
                  properties: {id: {type: string}}
                  x-stripeOperations:
                    - {method_name: delete_where, method_on: service, method_type: custom, operation: post, path: /v1/apps/secrets/delete}
                    - {method_name: list, method_on: service, method_type: list, operation: get, path: /v1/apps/secrets}

            """
        #expect(
            try calls(
                [Operation("POST", "/v1/apps/secrets/delete"), Operation("GET", "/v1/apps/secrets")], schemas: schemas)
                == [
                    "POST /v1/apps/secrets/delete: v1.apps.secrets.deleteWhere",
                    "GET /v1/apps/secrets: v1.apps.secrets.list",
                ])
    }
}
