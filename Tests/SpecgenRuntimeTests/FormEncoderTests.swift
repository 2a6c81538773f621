import Foundation
import SpecgenRuntime
import Testing

/// Form bodies and deepObject queries come out as the bytes Stripe's SDKs send.
@Suite struct FormEncoderTests {
    private struct Address: Encodable {
        var city: String
        var line1: String?
        var postalCode: String

        enum CodingKeys: String, CodingKey {
            case city, line1
            case postalCode = "postal_code"
        }
    }

    private struct Customer: Encodable {
        var name: String
        var metadata: [String: String]
        var address: Address
        var expand: [String]
        var taxExempt: Bool
        var balance: Int

        enum CodingKeys: String, CodingKey {
            case name, metadata, address, expand, balance
            case taxExempt = "tax_exempt"
        }
    }

    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func nestsObjectsMapsAndArraysWithStableKeyOrder() throws {
        let customer = Customer(
            name: "Jenny Rosen",
            metadata: ["order": "6735", "a&b": "x=y"],
            address: Address(city: "Berlin", line1: nil, postalCode: "10115"),
            expand: ["customer", "invoice.subscription"],
            taxExempt: false,
            balance: -250
        )
        #expect(
            text(try FormEncoder().body(customer))
                == "address[city]=Berlin&address[postal_code]=10115&balance=-250&expand[0]=customer"
                + "&expand[1]=invoice.subscription&metadata[a%26b]=x%3Dy&metadata[order]=6735&name=Jenny%20Rosen"
                + "&tax_exempt=false"
        )
    }

    @Test func arraysOfObjectsAreIndexed() throws {
        struct Item: Encodable {
            var price: String
            var quantity: Int
        }
        struct Subscription: Encodable { var items: [Item] }
        let body = Subscription(items: [Item(price: "price_1", quantity: 2), Item(price: "price_2", quantity: 1)])
        #expect(
            text(try FormEncoder().body(body))
                == "items[0][price]=price_1&items[0][quantity]=2&items[1][price]=price_2&items[1][quantity]=1"
        )
    }

    @Test func emptyStringIsSentToClearAFieldAndNilIsLeftOut() throws {
        struct Update: Encodable {
            var description: String?
            var name: String?
        }
        #expect(text(try FormEncoder().body(Update(description: "", name: nil))) == "description=")
    }

    @Test func numbersNeverUseExponents() throws {
        struct Amounts: Encodable {
            var whole: Double
            var fraction: Double
            var tiny: Double
        }
        #expect(
            text(try FormEncoder().body(Amounts(whole: 3, fraction: 12.5, tiny: 0.0000001)))
                == "fraction=12.5&tiny=0.0000001&whole=3")
    }

    @Test func deepObjectQueriesUseEmptyBracketsForArraysOfScalarsAndIndexesForArraysOfObjects() throws {
        struct Range: Encodable {
            var gte: Int
            var lt: Int?
        }
        let encoder = FormEncoder(arrayKeys: .empty)
        #expect(
            try encoder.fields("created", Range(gte: 1_690_000_000, lt: nil)).map { "\($0.name)=\($0.value)" } == [
                "created[gte]=1690000000"
            ])
        #expect(
            try encoder.fields("expand", ["data.customer", "data.invoice"]).map { "\($0.name)=\($0.value)" } == [
                "expand[]=data.customer", "expand[]=data.invoice",
            ])
        struct Item: Encodable {
            var id: String
            var price: String
        }
        #expect(
            try encoder.fields("subscription_items", [Item(id: "si_1", price: "p_1"), Item(id: "si_2", price: "p_2")])
                .map { "\($0.name)=\($0.value)" } == [
                    "subscription_items[0][id]=si_1", "subscription_items[0][price]=p_1",
                    "subscription_items[1][id]=si_2", "subscription_items[1][price]=p_2",
                ])
    }

    @Test func anEmptyArrayInABodyIsAnEmptyValueThatClearsTheListAndInAQueryNothing() throws {
        struct Update: Encodable {
            var discounts: [String]
            var items: [String]?
        }
        #expect(
            try FormEncoder().fields(nil, Update(discounts: [], items: nil)).map { "\($0.name)=\($0.value)" } == [
                "discounts="
            ])
        #expect(try FormEncoder(arrayKeys: .empty).fields("expand", [String]()).isEmpty)
    }
}
