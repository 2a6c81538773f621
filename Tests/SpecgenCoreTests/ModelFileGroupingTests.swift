import Testing

@testable import SpecgenCore

@Suite struct ModelFileGroupingTests {
    @Test func splitsNamesIntoWords() {
        #expect(ModelFileGrouping.words("PaymentIntentNextAction") == ["Payment", "Intent", "Next", "Action"])
        #expect(ModelFileGrouping.words("V2CoreEvent") == ["V2", "Core", "Event"])
        #expect(ModelFileGrouping.words("URLSource") == ["URL", "Source"])
        #expect(ModelFileGrouping.words("GetACHDebits") == ["Get", "ACH", "Debits"])
        #expect(ModelFileGrouping.words("Pet") == ["Pet"])
    }

    @Test func familiesShareAFileAndLoneTypesKeepTheirName() {
        let names = ["Charge", "Pet", "ChargeOutcome", "ChargeTransferData", "Customer"]
        let files = ModelFileGrouping.files(names: names, lineCounts: [100, 10, 50, 20, 80])
        #expect(
            files == [
                .init(name: "Charge", members: [0, 2, 3]),
                .init(name: "Customer", members: [4]),
                .init(name: "Pet", members: [1]),
            ])
    }

    @Test func aFamilyOverTheLimitSplitsByOneMoreWord() {
        let limit = ModelFileGrouping.lineLimit
        let names = ["PaymentIntent", "PaymentIntentNextAction", "PaymentLink", "PaymentLinkLineItem", "PaymentMethod"]
        let files = ModelFileGrouping.files(names: names, lineCounts: [limit / 2, limit / 4, limit / 2, 10, 10])
        #expect(
            files == [
                .init(name: "PaymentIntent", members: [0, 1]),
                .init(name: "PaymentLink", members: [2, 3]),
                .init(name: "PaymentMethod", members: [4]),
            ])
        // One type larger than the limit still has a file of its own.
        let huge = ModelFileGrouping.files(names: ["Account", "AccountLink"], lineCounts: [limit * 2, 10])
        #expect(huge == [.init(name: "Account", members: [0]), .init(name: "AccountLink", members: [1])])
    }

    @Test func namesOtherGeneratedFilesHoldAreNotReused() {
        let names = ["V2CoreEvent", "V2CoreEventDestination", "V2Error", "V2"]
        let files = ModelFileGrouping.files(names: names, lineCounts: [10, 10, 10, 10], taken: ["v2", "V2.Core"])
        #expect(
            files == [
                .init(name: "V2Core", members: [0, 1]),
                .init(name: "V2Error", members: [2]),
                .init(name: "V2Model", members: [3]),
            ])
    }
}
