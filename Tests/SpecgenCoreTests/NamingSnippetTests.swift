import Foundation
import SpecgenCore
import Testing

/// Names from whatever a spec spells: every generated identifier is valid Swift, and a member and the type it holds
/// never share a spelling.
@Suite struct NamingSnippetTests {
    @Test func digitPathSegmentsNameResourcesWhoseTypesTakeTheirParentsName() async throws {
        let snippet = try Snippet(
            """
            paths:
              /status/401:
                get: {responses: {"200": {description: ok}}}
              /2010-04-01/accounts:
                get: {responses: {"200": {description: ok}}}
              /0/1-clicks:
                get: {responses: {"200": {description: ok}}}
            """)
        #expect(snippet.contains("public var _401: Status401 { Status401(client: client) }"))
        #expect(snippet.contains("public var _20100401: Snippet20100401 { Snippet20100401(client: client) }"))
        #expect(snippet.contains("public var _0: Snippet0 { Snippet0(client: client) }"))
        #expect(snippet.contains("public var _1Clicks: Snippet01Clicks { Snippet01Clicks(client: client) }"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func initialismsAreUniformlyCasedAndTheirPluralsKeepALowerCaseS() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                aws_role:
                  type: object
                  properties:
                    role_arn: {type: string}
                    tax_ids: {type: array, items: {type: string}}
                    redirect_urls: {type: array, items: {type: string}}
                    ssh_key_pdf: {type: string}
                    ids: {type: array, items: {type: string}}
            """)
        #expect(snippet.contains("public struct AWSRole: Codable, Hashable, Sendable {"))
        #expect(snippet.contains("public var roleARN: String?"))
        #expect(snippet.contains("public var taxIDs: [String]?"))
        #expect(snippet.contains("public var redirectURLs: [String]?"))
        #expect(snippet.contains("public var sshKeyPDF: String?"))
        #expect(snippet.contains("public var ids: [String]?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func camelCasedInitialismsAndNumberedOnesAreUniformlyCased() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                SSHKeyPair:
                  type: object
                  properties:
                    HTTPServer: {type: string}
                    oauth2Token: {type: string}
                    IPv6Address: {type: string}
                    contentMD5: {type: string}
                    sha256: {type: string}
                    AIModelIDs: {type: array, items: {type: string}}
                    euVat: {type: string}
            """)
        #expect(snippet.contains("public struct SSHKeyPair: Codable, Hashable, Sendable {"))
        #expect(snippet.contains("public var httpServer: String?"))
        #expect(snippet.contains("public var oauth2Token: String?"))
        #expect(snippet.contains("public var ipv6Address: String?"))
        #expect(snippet.contains("public var contentMD5: String?"))
        #expect(snippet.contains("public var sha256: String?"))
        #expect(snippet.contains("public var aiModelIDs: [String]?"))
        #expect(snippet.contains("public var euVAT: String?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func nonASCIIValuesReadAsWrittenAndNameCasesInLatinLetters() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Dish:
                  type: string
                  enum: ["Crème brûlée", "Пельмени", "日本", "🙂", "a\\u202Eb", "\\u0301x"]
            """)
        #expect(snippet.contains("case cremeBrulee\n"))
        #expect(snippet.contains("case pelmeni\n"))
        #expect(snippet.contains("case riBen\n"))
        #expect(snippet.contains(#"case "Crème brûlée": self = .cremeBrulee"#))
        #expect(snippet.contains(#"case "Пельмени": self = .pelmeni"#))
        #expect(snippet.contains(#"case "日本": self = .riBen"#))
        #expect(snippet.contains(#"case "🙂": self = .value"#))
        // A right-to-left override would reorder the line as it reads; a combining mark would sit on the quote.
        #expect(snippet.contains(#"case "a\u{202E}b": self = .aB"#))
        #expect(snippet.contains(#"case "\u{301}x": self = .x"#))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func serversThatOperationsNameAreClientSettingsNamedByTheirHostAndSentWithTheRequest() async throws {
        let snippet = try Snippet(
            """
            servers: [{url: 'https://api.example.com/'}]
            paths:
              /files:
                servers: [{url: 'https://files.example.com/'}]
                post: {operationId: createFile, responses: {'204': {description: ok}}}
              /exports:
                get:
                  operationId: listExports
                  servers: [{url: 'https://{region}.example.com/exports', variables: {region: {default: eu}}}]
                  responses: {'204': {description: ok}}
              /reports:
                get:
                  operationId: listReports
                  servers: [{url: 'https://eu.example.com/reports'}]
                  responses: {'204': {description: ok}}
              /ping:
                get: {operationId: ping, servers: [{url: 'https://api.example.com/'}], responses: {'204': {description: ok}}}
            """)
        #expect(snippet.contains(#"filesServerURL: URL = URL(string: "https://files.example.com/")!,"#))
        #expect(snippet.contains(#"euServerURL: URL = URL(string: "https://eu.example.com/exports")!,"#))
        #expect(snippet.contains(#"euReportsServerURL: URL = URL(string: "https://eu.example.com/reports")!,"#))
        #expect(snippet.contains(#"client.servers["https://files.example.com/"] = filesServerURL"#))
        #expect(snippet.contains(#"operationID: "createFile",\#nserver: "https://files.example.com/""#))
        // The API's own server is no other server.
        #expect(snippet.contains(#"operationID: "ping"\#n)"#))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func errorBodiesAreErrorsAndTheirVariantsAreNamedWithoutWhatAllTheirComponentsShare() async throws {
        let snippet = try Snippet(
            """
            paths:
              /things/{id}:
                get:
                  operationId: GetThing
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '204': {description: ok}
                    '429':
                      description: slow down
                      content: {application/json: {schema: {type: object, properties: {retry: {type: integer}}}}}
                    default:
                      description: an error
                      content:
                        application/json:
                          schema:
                            oneOf:
                              - $ref: '#/components/schemas/v2.error.not_found'
                              - $ref: '#/components/schemas/v2.error'
              /things:
                get:
                  operationId: ListThings
                  responses:
                    '204': {description: ok}
                    default:
                      description: an error
                      content: {application/json: {schema: {oneOf: [{$ref: '#/components/schemas/v2.error'}]}}}
            components:
              schemas:
                v2.error:
                  type: object
                  required: [error]
                  properties: {error: {type: object, required: [code], properties: {code: {type: string}}}}
                v2.error.not_found:
                  type: object
                  required: [error]
                  properties:
                    error: {type: object, required: [code], properties: {code: {type: string, enum: [not_found]}}}
            """)
        // An error body is an error, the `default` one the operation's (not `GetThingOtherResponse`).
        #expect(snippet.contains("public enum GetThingError: Codable, Hashable, Sendable {"))
        #expect(snippet.contains("case notFound(V2ErrorNotFound)\ncase error(V2Error)"))
        #expect(snippet.contains("public struct GetThingTooManyRequestsError: Codable, Hashable, Sendable {"))
        // A union of one variant is that variant.
        #expect(snippet.contains(") async throws(APIError<V2Error>) {"))
        #expect(!snippet.swift.contains("ListThingsError"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func errorBodiesSeveralOperationsSpellOutAlikeAreOneTypeNamedForWhatTheyShare() async throws {
        let errors =
            "{default: {description: error, content: {application/json: {schema: {oneOf: ["
            + "{$ref: '#/components/schemas/Gone'}, {$ref: '#/components/schemas/Busy'}]}}}}}"
        let snippet = try Snippet(
            """
            paths:
              /v1/things/{id}:
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                delete: {operationId: DeleteV1ThingsID, responses: \(errors)}
                post: {operationId: PostV1ThingsID, responses: \(errors)}
              /v1/things/{id}/archive:
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                post: {operationId: PostV1ThingsIDArchive, responses: \(errors)}
            components:
              schemas:
                Gone: {type: object, required: [gone], properties: {gone: {type: boolean}}}
                Busy: {type: object, required: [busy], properties: {busy: {type: boolean}}}
            """)
        #expect(snippet.contains("public enum V1ThingsIDError: Codable, Hashable, Sendable {"))
        #expect(
            !snippet.swift.contains("DeleteV1ThingsIDError") && !snippet.swift.contains("PostV1ThingsIDArchiveError"))
        // Three operations, each in the resource, its protocol, and the protocol's defaults and default arguments.
        #expect(snippet.swift.components(separatedBy: "throws(APIError<V1ThingsIDError>)").count == 1 + 3 * 4)
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aDigitLedPropertyHoldsATypeNamedAfterItsParent() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Payment:
                  type: object
                  properties:
                    3d_secure: {type: object, properties: {version: {type: string}}}
            """)
        #expect(snippet.contains("public var _3dSecure: Payment.Payment3dSecure?"))
        #expect(snippet.contains("public struct Payment3dSecure: Codable, Hashable, Sendable {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aPathKeysFragmentNamesTheOperationAndIsNeverSent() async throws {
        let snippet = try Snippet(
            """
            paths:
              /files/{file_id}#add_shared_link:
                put:
                  parameters:
                    - {name: file_id, in: path, required: true, schema: {type: string}}
                    - {name: fields, in: query, required: true, schema: {type: string}}
                  responses: {"200": {description: ok}}
              /files/{file_id}:
                put:
                  parameters: [{name: file_id, in: path, required: true, schema: {type: string}}]
                  responses: {"200": {description: ok}}
            """)
        #expect(snippet.contains("public func addSharedLink("))
        #expect(snippet.contains(#"path: "/files/\(PercentEncoding.pathSegment(fileID))","#))
        #expect(snippet.contains(#"request.addQuery("fields", fields)"#))
        #expect(snippet.contains("public func update("))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func formatSuffixesAreNoResources() async throws {
        let snippet = try Snippet(
            """
            paths:
              /Accounts/{Sid}/Calls.json:
                get:
                  parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
                  responses: {"200": {description: ok}}
              /Accounts/{Sid}.json:
                get:
                  parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
                  responses: {"200": {description: ok}}
            """)
        #expect(snippet.contains("public var calls: Calls { Calls(client: client) }"))
        #expect(snippet.contains(#"path: "/Accounts/\(PercentEncoding.pathSegment(sid)).json","#))
        #expect(!snippet.swift.contains("CallsJSON") && !snippet.swift.contains("SidJSON"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func operationsThePathRulesNameAlikeAreToldApartByOperationID() async throws {
        let snippet = try Snippet(
            """
            paths:
              /pet:
                put: {operationId: updatePet, responses: {"200": {description: ok}}}
              /pet/{petId}:
                post:
                  operationId: updatePetWithForm
                  parameters: [{name: petId, in: path, required: true, schema: {type: integer}}]
                  responses: {"200": {description: ok}}
              /settings:
                put: {responses: {"200": {description: ok}}}
                patch: {responses: {"200": {description: ok}}}
            """)
        #expect(snippet.contains("public func update("))
        #expect(snippet.contains("public func updateWithForm("))
        #expect(snippet.contains("public func patch("))
        #expect(!snippet.swift.contains("update2"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aSummaryThatNamesAnotherActionNamesTheMethod() async throws {
        let snippet = try Snippet(
            """
            paths:
              /files/{id}:
                post:
                  summary: Restore file
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {"200": {description: ok}}
                put:
                  summary: Update file
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {"200": {description: ok}}
            """)
        #expect(snippet.contains("public func restore("))
        #expect(snippet.contains("public func update("))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func sharedShapesWhoseNameIsTakenAreNamedByTheirPlaceNotNumbered() async throws {
        // Each parent has a member of its own, so that the parents are not copies of one shape.
        let tag = { (value: String, member: String) in
            "{type: object, properties: {type: {type: string, enum: [\(value)]}, \(member): {type: string}}}"
        }
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Kind: {type: string}
                RoleVariable: \(tag("variable", "role"))
                CollaboratorVariable: \(tag("variable", "collaborator"))
                File: \(tag("file", "size"))
                FileMini: \(tag("file", "name"))
                Folder: \(tag("folder", "items"))
                Weblink: \(tag("folder", "url"))
            """)
        #expect(snippet.contains("public var type: VariableKind?"))
        #expect(snippet.contains("public var type: FileKind?"))
        #expect(snippet.contains("public var type: FolderKind?"))
        #expect(!snippet.swift.contains("Kind2"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func sharedRequestShapesOfOneTitleAreToldApartByTheMemberThatHoldsThem() async throws {
        // Two request shapes titled alike, each used by two operations under one member name; each body has a member
        // of its own, so that the bodies are not copies of one shape.
        let option = { (member: String) in
            "{type: object, title: options_param, properties: {\(member): {type: string}}}"
        }
        let operation = { (id: String, member: String, shape: String) in
            "{post: {operationId: \(id), requestBody: {content: {application/json: {schema: {type: object, "
                + "properties: {\(member): \(shape), \(id.lowercased()): {type: string}}}}}}, "
                + "responses: {'204': {description: ok}}}}"
        }
        let snippet = try Snippet(
            """
            paths:
              /a: \(operation("PostA", "options", option("color")))
              /b: \(operation("PostB", "options", option("color")))
              /c: \(operation("PostC", "balance", option("size")))
              /d: \(operation("PostD", "balance", option("size")))
            """)
        #expect(snippet.contains("public var options: OptionsParams?"))
        #expect(snippet.contains("public var balance: OptionsBalanceParams?"))
        #expect(!snippet.swift.contains("OptionsParams2"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aSmallSharedRequestShapeHeldUnderSeveralNamesIsNamedByWhatItHolds() async throws {
        // Two shapes share the title, so it names neither: `card`'s is completed by its member; the other is `alipay`
        // in one body and `ideal` in the other, so neither member's name fits both uses.
        let card = "card: {type: object, title: options_param, properties: {cvc: {type: string}}}"
        let option = "{type: object, title: options_param, properties: {setup_future_usage: {type: string}}}"
        let operation = { (id: String, member: String) in
            "{post: {operationId: \(id), requestBody: {content: {application/json: {schema: {type: object, "
                + "properties: {\(card), \(member): \(option)}}}}}, responses: {'204': {description: ok}}}}"
        }
        let snippet = try Snippet(
            """
            paths:
              /a: \(operation("PostA", "alipay"))
              /b: \(operation("PostB", "ideal"))
            """)
        #expect(snippet.contains("public var card: OptionsCardParams?"))
        #expect(snippet.contains("public var alipay: SetupFutureUsageParams?"))
        #expect(snippet.contains("public var ideal: SetupFutureUsageParams?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func anEnumThatIsSentInOnePlaceAndReceivedInAnotherIsOneType() async throws {
        let kinds = "{type: string, enum: [iban, spei]}"
        let snippet = try Snippet(
            """
            paths:
              /funding:
                post:
                  operationId: PostFunding
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {requested_types: {type: array, items: \(kinds)}}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, title: funding, properties: {type: \(kinds)}}
            """)
        #expect(snippet.contains("public var requestedTypes: [RequestedType]?"))
        #expect(snippet.contains("public var type: RequestedType?"))
        #expect(snippet.swift.components(separatedBy: "enum RequestedType: OpenEnum").count == 2)
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aSharedShapeWhoseNamesByPlaceAreTakenIsNamedByTheRequestsThatUseIt() async throws {
        // `SetupFutureUsage` and `BankSetupFutureUsage` are taken, so the enum that `bank` and `card` share in both
        // payment-intent requests is named by what those requests begin with.
        let usage = "setup_future_usage: {type: string, enum: [on_session, off_session]}"
        let operation = { (id: String) in
            "{post: {operationId: \(id), requestBody: {content: {application/json: {schema: {type: object, "
                + "properties: {bank: {type: object, properties: {\(usage)}}, "
                + "card: {type: object, properties: {\(usage), cvc: {type: string}}}}}}}}, "
                + "responses: {'204': {description: ok}}}}"
        }
        let snippet = try Snippet(
            """
            paths:
              /payment_intents: \(operation("PostPaymentIntents"))
              /payment_intents/{intent}: \(operation("PostPaymentIntentsIntent"))
            components:
              schemas:
                SetupFutureUsage: {type: string}
                BankSetupFutureUsage: {type: string}
            """)
        #expect(snippet.contains("public var setupFutureUsage: PaymentIntentsSetupFutureUsage?"))
        #expect(!snippet.swift.contains("SetupFutureUsage2"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aRequestShapeWhoseTitleNamesItsParentIsNamedByTitleAndMember() async throws {
        // Stripe titles `invoice_settings` of customers `customer_param`, and `card` of invoice payment options
        // `invoice_options_param`: the title names the parent, so the member completes it. `address` titled
        // `billing_address` says what it is.
        let shape = { (title: String, member: String) in
            "\(member): {type: object, title: \(title), properties: {\(member)_detail: {type: string}}}"
        }
        let operation = { (id: String) in
            "{post: {operationId: \(id), requestBody: {content: {application/json: {schema: {type: object, "
                + "properties: {\(shape("customer_param", "invoice_settings")), "
                + "\(shape("invoice_options_param", "card")), \(shape("billing_address", "address")), "
                + "\(id.lowercased()): {type: string}}}}}}, responses: {'204': {description: ok}}}}"
        }
        let snippet = try Snippet(
            """
            paths:
              /customers: \(operation("PostCustomers"))
              /customers/{id}: \(operation("PostCustomersID"))
            """)
        #expect(snippet.contains("public var invoiceSettings: CustomerInvoiceSettingsParams?"))
        #expect(snippet.contains("public var card: InvoiceOptionsCardParams?"))
        #expect(snippet.contains("public var address: BillingAddressParams?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func requestShapesAlikeButTitledApartStayApart() async throws {
        // Stripe's `single_use` of setup intents and `monthly_estimated_revenue` of accounts are both an amount and
        // a currency; their titles say they are different things, so neither is named after the other.
        let money = { (title: String) in
            "{type: object, title: \(title), properties: {amount: {type: integer}, currency: {type: string}}}"
        }
        let operation = { (id: String, member: String, title: String) in
            "{post: {operationId: \(id), requestBody: {content: {application/json: {schema: {type: object, "
                + "properties: {\(member): \(money(title)), \(id.lowercased()): {type: string}}}}}}, "
                + "responses: {'204': {description: ok}}}}"
        }
        let snippet = try Snippet(
            """
            paths:
              /accounts: \(operation("PostAccounts", "monthly_estimated_revenue", "monthly_estimated_revenue_specs"))
              /accounts/{id}: \(operation("PostAccountsID", "monthly_estimated_revenue", "monthly_estimated_revenue_specs"))
              /setup_intents: \(operation("PostSetupIntents", "single_use", "setup_intent_single_use_params"))
              /setup_intents/{id}: \(operation("PostSetupIntentsID", "single_use", "setup_intent_single_use_params"))
            """)
        #expect(snippet.contains("public var monthlyEstimatedRevenue: MonthlyEstimatedRevenueParams?"))
        #expect(snippet.contains("public var singleUse: SetupIntentSingleUseParams?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aRequestShapeHeldUnderSeveralMembersIsNamedByWhatFitsThemAll() async throws {
        // A union of a timestamp and `now` held as `start_date` and `trial_end` is named by its cases; an object held
        // as `address` and `shipping_address` by the word they end with; a shape titled `capability_param`, the only
        // one of that title, by its title.
        let moment = "{anyOf: [{type: integer}, {type: string, enum: [now]}]}"
        let address = "{type: object, properties: {city: {type: string}, line1: {type: string}}}"
        let capability = "{type: object, title: capability_param, properties: {requested: {type: boolean}}}"
        let operation = { (id: String, first: String, second: String) in
            "{post: {operationId: \(id), requestBody: {content: {application/json: {schema: {type: object, "
                + "properties: {\(first): \(moment), shipping_\(second): \(address), "
                + "card_payments: \(capability), transfers: \(capability), \(id.lowercased()): {type: string}}}}}}, "
                + "responses: {'204': {description: ok}}}}"
        }
        let snippet = try Snippet(
            """
            paths:
              /schedules: \(operation("PostSchedules", "start_date", "address"))
              /subscriptions: \(operation("PostSubscriptions", "trial_end", "billing_address"))
            """)
        #expect(snippet.contains("public var startDate: IntegerOrNowParams?"))
        #expect(snippet.contains("public var trialEnd: IntegerOrNowParams?"))
        #expect(snippet.contains("public var shippingAddress: AddressParams?"))
        #expect(snippet.contains("public var shippingBillingAddress: AddressParams?"))
        #expect(snippet.contains("public var cardPayments: CapabilityParams?"))
        #expect(snippet.contains("public var transfers: CapabilityParams?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func parametersOfOneNameAndDifferentShapesAreNamedByTheirMethod() async throws {
        let object = { (member: String) in
            "{name: filter, in: query, schema: {type: object, properties: {\(member): {type: string}}}}"
        }
        let snippet = try Snippet(
            """
            paths:
              /items:
                get: {parameters: [\(object("a"))], responses: {"200": {description: ok}}}
                delete: {parameters: [\(object("b"))], responses: {"200": {description: ok}}}
            """)
        #expect(snippet.contains("public struct Filter: Codable, Hashable, Sendable {"))
        #expect(snippet.contains("public struct DeleteFilter: Codable, Hashable, Sendable {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aParameterPathThatAnotherExtendsByAParameterIsACollection() async throws {
        let snippet = try Snippet(
            """
            paths:
              /custom-objects/{object_id}:
                parameters: [{name: object_id, in: path, required: true, schema: {type: string}}]
                get: {responses: {"200": {description: ok}}}
                post: {responses: {"200": {description: ok}}}
              /custom-objects/{object_id}/{id}:
                parameters:
                  - {name: object_id, in: path, required: true, schema: {type: string}}
                  - {name: id, in: path, required: true, schema: {type: string}}
                get: {responses: {"200": {description: ok}}}
                patch: {responses: {"200": {description: ok}}}
            """)
        for method in [
            "list(\nobjectID: String,", "create(\nobjectID: String,", "retrieve(\nobjectID: String,\nid: String,",
        ] {
            #expect(snippet.contains("public func " + method), "\(method)")
        }
        #expect(snippet.contains("public func update(\nobjectID: String,\nid: String,"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func fileNamesAreUniqueWhenCaseIsIgnored() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                status: {type: string, enum: [on, off]}
                STATUS: {type: object, properties: {code: {type: integer}}}
            """)
        let names = snippet.files.map { ($0.path as NSString).lastPathComponent.lowercased() }
        #expect(Set(names).count == names.count, "\(names)")
        #expect(snippet.files.map(\.path).contains("Models/Status2.swift"), "\(snippet.files.map(\.path))")
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func parametersSpelledLikeAnOperationsOwnNamesAreNamedForWhereTheyGo() async throws {
        let snippet = try Snippet(
            """
            paths:
              /things:
                post:
                  parameters:
                    - {name: options, in: query, schema: {type: string}}
                    - {name: body, in: query, schema: {type: string}}
                    - {name: client, in: query, schema: {type: string}}
                    - {name: request, in: cookie, schema: {type: string}}
                    - {name: self, in: header, schema: {type: string}}
                  requestBody: {content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
                  responses: {"200": {description: ok}}
            """)
        #expect(
            snippet.contains(
                "optionsQuery: String? = nil,\nbodyQuery: String? = nil,\nclientQuery: String? = nil,\n"
                    + "requestCookie: String? = nil,\n_ body: PostThingsRequest? = nil,"))
        #expect(snippet.contains("selfHeader: String? = nil,"))
        #expect(snippet.contains(#"client.setHeader("self", selfHeader)"#))
        #expect(snippet.contains(#"request.addQuery("options", optionsQuery)"#))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aResourceOrOperationSpelledClientLeavesTheResourcesAPIClientAlone() async throws {
        let snippet = try Snippet(
            """
            paths:
              /users/client:
                get: {responses: {"200": {description: ok}}}
              /users#client:
                get: {responses: {"200": {description: ok}}}
            """)
        #expect(snippet.contains("public var clientResource: Client { Client(client: client) }"))
        #expect(snippet.contains("public func clientOperation("))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func schemasSpelledLikeKeywordsDigitsOrTheModuleTakeANameThatCompiles() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Self: {type: array, items: {type: object, properties: {a: {type: string}}}}
                Type: {type: object, additionalProperties: {type: object, properties: {a: {type: string}}}}
                0x: {type: object, properties: {a: {type: string}}}
                Snippet: {type: object, properties: {a: {type: string}}}
            """)
        #expect(snippet.contains("public typealias SelfValue = [SelfValueItem]"))
        #expect(snippet.contains("public typealias TypeValue = [String: TypeValueItem]"))
        #expect(snippet.contains("public struct Snippet0x: Codable, Hashable, Sendable {"))
        #expect(snippet.contains("public struct SnippetValue: Codable, Hashable, Sendable {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func siblingResourcesSpelledAlikeAreNumberedApart() async throws {
        let snippet = try Snippet(
            """
            paths:
              /a-b: {get: {responses: {"200": {description: ok}}}}
              /a_b: {get: {responses: {"200": {description: ok}}}}
            """)
        #expect(snippet.contains("public var aB: AB { AB(client: client) }"))
        #expect(snippet.contains("public var aBResource: AB2 { AB2(client: client) }"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func valuesAndPropertiesSpelledLikeMembersEveryTypeHasAreRenamed() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Hash:
                  type: object
                  properties:
                    hashValue: {type: string}
                    mode: {type: string, enum: [rawValue, hashValue, allCases]}
            """)
        #expect(snippet.contains(#"case hashValue2 = "hashValue""#))
        #expect(snippet.contains("case rawValueValue\ncase hashValueValue\ncase allCasesValue"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func anOperationSpelledLikeAKeywordNamesItsErrorsType() async throws {
        let snippet = try Snippet(
            """
            paths:
              /things#Self:
                get:
                  responses:
                    "200": {description: ok}
                    "404": {description: gone, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
                    "409": {description: taken, content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}}
            """)
        #expect(snippet.contains("public enum SelfError: Decodable, Sendable {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aKeywordArgumentIsForwardedWithABareLabel() async throws {
        let snippet = try Snippet(
            """
            security: [{bearer: []}]
            paths:
              /things:
                get:
                  parameters: [{name: default, in: header, required: true, schema: {type: string}}]
                  responses: {"200": {description: ok}}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
            """)
        #expect(snippet.contains("`default`: String,"))
        #expect(snippet.contains("default: `default`,"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aResourceNamedLikeAModelKeepsItsNameAndTheModelIsSpelledWithItsModuleWhereItIsHidden() async throws {
        let account =
            "{'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Account'}}}}}"
        let snippet = try Snippet(
            """
            paths:
              /v1/account: {get: {operationId: GetAccount, responses: \(account)}}
              /v1/accounts/{id}:
                get:
                  operationId: GetAccountsID
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: \(account)
              /account_links: {post: {operationId: PostAccountLinks, responses: \(account)}}
            components:
              schemas:
                Account: {type: object, properties: {id: {type: string}}}
            """)
        #expect(snippet.contains("public var account: Account { Account(client: client) }"))
        #expect(snippet.contains("public struct Account: AccountAPI {"))
        // Inside `V1`, where the resource hides the model, the model is `Snippet::Account`; elsewhere `Account`.
        #expect(snippet.contains(") async throws(APIError<JSONValue>) -> Snippet::Account {"))
        #expect(snippet.contains("returning: Snippet::Account.self,"))
        #expect(snippet.contains(") async throws(APIError<JSONValue>) -> Account {"))
        #expect(!snippet.swift.contains("AccountResource"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func resourcesWhoseSegmentsSpellNoWordAreNumberedApart() async throws {
        let snippet = try Snippet(
            """
            paths:
              /_/items: {get: {responses: {"200": {description: ok}}}}
              /-/things: {get: {responses: {"200": {description: ok}}}}
              /value: {get: {responses: {"200": {description: ok}}}}
            """)
        #expect(snippet.contains("public var value: Value { Value(client: client) }"))
        #expect(snippet.contains("public var valueResource: Value2 { Value2(client: client) }"))
        #expect(snippet.contains("public var valueResource2: Value3 { Value3(client: client) }"))
        #expect(try await snippet.typecheck() == nil)
    }
}
