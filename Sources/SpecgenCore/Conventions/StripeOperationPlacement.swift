import Foundation

/// Where Stripe's SDKs put the operations that the generic path rules place otherwise, by rules over Stripe's paths,
/// descriptions and object names (the spec carries no SDK hints): `customers.taxIDs.create` rather than an action
/// `customers.taxIDs(customer:_:)`, `invoices.upcoming(…)` rather than `invoices.upcoming.retrieve(…)`,
/// `subscriptions.cancel` for the DELETE its description says cancels, `invoices.lineItems` for the list of
/// `line_item` objects at `/v1/invoices/{invoice}/lines`.
struct StripeOperationPlacement {
    /// What an operation answers: the object's `x-resourceId` (or its items', for a list), and whether it is a list.
    struct Response {
        var objectName: String?
        var isList: Bool
    }

    private let placements: [OperationPlacement]
    private let responses: [Response?]
    /// Each placement's path segments.
    private let segments: [[String]]
    /// The HTTP methods of each path, by its shape (`/v1/customers/{}`).
    private let methods: [String: Set<PathItem.Method>]
    /// Every shape and the shape of every path's beginning: `/v1/customers/{}` for `/v1/customers/{}/tax_ids`.
    private let prefixes: Set<String>
    /// The shapes of the paths whose GET answers one object rather than a list.
    private let oneObjectReads: Set<String>

    init(_ placements: [OperationPlacement], responses: [Response?]) {
        self.placements = placements
        self.responses = responses
        segments = placements.map { OperationNaming.segments(of: $0.wirePath) }
        var methods: [String: Set<PathItem.Method>] = [:]
        var prefixes: Set<String> = []
        var oneObjectReads: Set<String> = []
        for (index, segments) in segments.enumerated() {
            methods[OperationNaming.shape(ofSegments: segments), default: []].insert(placements[index].method)
            for count in segments.indices {
                prefixes.insert(OperationNaming.shape(ofSegments: Array(segments.prefix(count + 1))))
            }
            if placements[index].method == .get, responses[index]?.isList == false {
                oneObjectReads.insert(OperationNaming.shape(ofSegments: segments))
            }
        }
        self.methods = methods
        self.prefixes = prefixes
        self.oneObjectReads = oneObjectReads
    }

    /// The placements as Stripe's SDKs have them, in the same order.
    func placed() -> [OperationPlacement] {
        var placed = placements.indices.map(place)
        var merged = mergedResources()
        // The resources below an action's segment are named with it: `invoices/upcoming/lines`, beside the action
        // `invoices.upcoming`, is `invoices.upcomingLines`.
        let actions = Set(
            placements.indices.filter(isStaticAction).map { segments[$0].filter { !OperationNaming.isParameter($0) } })
        for path in segments.map({ $0.filter { !OperationNaming.isParameter($0) } }) {
            if let depth = (1..<max(path.count, 1)).first(where: { actions.contains(Array(path.prefix($0))) }),
                depth < path.count
            {
                merged.insert(Array(path.prefix(depth + 1)))
            }
        }
        let renamed = renamedResources()
        for index in placed.indices {
            placed[index].resourcePath = Self.resourcePath(
                placed[index].resourcePath, merged: merged, renamed: renamed)
        }
        return placed
    }

    // MARK: - One operation

    private func place(_ index: Int) -> OperationPlacement {
        var placement = placements[index]
        let path = segments[index]
        guard let last = path.last else { return placement }
        let statics = path.filter { !OperationNaming.isParameter($0) }
        if OperationNaming.isParameter(last) {
            if placement.method == .delete, placement.name == "delete",
                let verb = Self.descriptionVerb(placement.description)
            {
                placement.name = verb
            }
            return placement
        }
        if path.count >= 2, OperationNaming.isParameter(path[path.count - 2]) {
            return placeOnItem(placement, path: path, statics: statics)
        }
        if isStaticAction(at: index) {
            placement.resourcePath = Array(statics.dropLast())
            placement.name = SwiftNaming.memberName(last)
            return placement
        }
        if path.count >= 4, placement.method == .post, OperationNaming.isParameter(path[path.count - 3]),
            methods[OperationNaming.shape(ofSegments: Array(path.dropLast()))] == nil,
            !OperationNaming.isParameter(path[path.count - 4])
        {
            // An action grouped under an item (`cards/{card}/shipping/deliver`) is named with its object instead of
            // the group: `cards.deliverCard`.
            placement.resourcePath = Array(statics.dropLast(2))
            placement.name = SwiftNaming.memberName(last + "_" + Self.singular(path[path.count - 4]))
            return placement
        }
        if placement.method == .post, oneObjectReads.contains(OperationNaming.shape(ofSegments: path)),
            !hasItems(below: path)
        {
            // A POST to a single thing that is also read is its update: `tax.settings.update`.
            placement.name = "update"
        }
        return placement
    }

    /// An operation on a static segment after an item's parameter: `…/{customer}/tax_ids`, `…/{charge}/capture`.
    private func placeOnItem(
        _ placement: OperationPlacement, path: [String], statics: [String]
    ) -> OperationPlacement {
        var placement = placement
        let last = path[path.count - 1]
        if Self.isPluralNoun(last) || hasItems(below: path) {
            // A collection of the item's: POST creates in it, `customers.taxIDs.create`.
            if placement.method == .post {
                placement.resourcePath = statics
                placement.name = "create"
            }
            return placement
        }
        switch placement.method {
        case .post where methods[OperationNaming.shape(ofSegments: path)]?.contains(.get) == true:
            // A single thing of the item's that is read and written: `customers.cashBalance.update`.
            placement.resourcePath = statics
            placement.name = "update"
        case .delete:
            // Removing a single thing of the item's is an action on the item: `customers.deleteDiscount`.
            placement.resourcePath = Array(statics.dropLast())
            placement.name = SwiftNaming.memberName("delete_" + last)
        case .post
        where Self.verbsNamedWithTheirObject.contains(last) && path.count >= 3
            && !OperationNaming.isParameter(path[path.count - 3]):
            placement.name = SwiftNaming.memberName(last + "_" + Self.singular(path[path.count - 3]))
        default:
            break
        }
        return placement
    }

    /// Whether the operation at `index` is an action on a collection named by a static segment after it:
    /// `apps/secrets/find`, `invoices/upcoming`, `tax/transactions/create_from_calculation`.
    private func isStaticAction(at index: Int) -> Bool {
        let path = segments[index]
        guard path.count >= 3, let last = path.last, !OperationNaming.isParameter(last), last != "search",
            !OperationNaming.isParameter(path[path.count - 2]), !Self.isPluralNoun(last), !hasItems(below: path),
            [.get, .post].contains(placements[index].method)
        else { return false }
        let collection = Array(path.dropLast())
        return hasItems(below: collection) || methods[OperationNaming.shape(ofSegments: collection)] != nil
    }

    /// Whether a path has items below it: `/v1/customers` has `/v1/customers/{customer}`.
    private func hasItems(below path: [String]) -> Bool {
        prefixes.contains(OperationNaming.shape(ofSegments: path) + "/{}")
    }

    // MARK: - Resources

    /// Resources named with the namespace above them, by their paths of static segments: `apple_pay/domains` holds
    /// `apple_pay_domain` objects, so it is `applePayDomains`, where `checkout/sessions` (`checkout.session`) stays.
    private func mergedResources() -> Set<[String]> {
        var merged: Set<[String]> = []
        for (index, path) in segments.enumerated() {
            let statics = path.prefix { !OperationNaming.isParameter($0) }
            guard statics.count >= 3, let objectName = responses[index]?.objectName else { continue }
            let namespace = Array(statics.dropLast())
            let collection = Array(statics)
            guard methods[OperationNaming.shape(ofSegments: namespace)] == nil, !hasItems(below: namespace),
                objectName == namespace[namespace.count - 1] + "_" + Self.singular(collection[collection.count - 1])
            else { continue }
            merged.insert(collection)
        }
        return merged
    }

    /// New last segments for resources, by their paths of static segments: one-word segments that descriptions
    /// write as two (`invoiceitems`: "invoice items"), and an item's collections named after the objects they
    /// list (`invoices/{invoice}/lines` lists `line_item` objects: `lineItems`).
    private func renamedResources() -> [[String]: String] {
        var renamed: [[String]: String] = [:]
        for (index, path) in segments.enumerated() {
            let statics = path.filter { !OperationNaming.isParameter($0) }
            // Words as written: "top-ups" is one word, not "top ups". Read only for a path with a long word in it.
            let words =
                statics.contains(where: Self.mayBeTwoWords)
                ? DocumentationMarkup.markdown(fromHTML: placements[index].description ?? "").lowercased()
                    .split(whereSeparator: \.isWhitespace).map(Self.lettersOnly) : []
            for (position, segment) in statics.enumerated() where Self.mayBeTwoWords(segment) {
                for (first, second) in zip(words, words.dropFirst())
                where first.count > 2 && second.count > 2 && first + second == segment {
                    renamed[Array(statics.prefix(position + 1))] = first + "_" + second
                }
            }
            guard placements[index].method == .get, path.count >= 3, let last = path.last,
                OperationNaming.isParameter(path[path.count - 2]), !OperationNaming.isParameter(last),
                responses[index]?.isList == true,
                var object = responses[index]?.objectName
            else { continue }
            object = String(object.split(separator: ".").last ?? "")
            let parent = Self.singular(path[path.count - 3]) + "_"
            if object.hasPrefix(parent) { object.removeFirst(parent.count) }
            if object.hasPrefix(Self.singular(last) + "_") { renamed[statics] = object + "s" }
        }
        return renamed
    }

    /// A segment that descriptions may write as two words: a long one of letters only.
    private static func mayBeTwoWords(_ segment: String) -> Bool {
        segment.count > 5 && segment.allSatisfy(\.isLetter)
    }

    /// A word without the punctuation around it: `customer` of `(customer,`.
    private static func lettersOnly(_ word: Substring) -> String {
        let start = word.firstIndex(where: \.isLetter) ?? word.endIndex
        let end = word.lastIndex(where: \.isLetter).map(word.index(after:)) ?? start
        return String(word[start..<max(start, end)])
    }

    /// A resource path with merged and renamed segments, and without a parent's name leading a child's:
    /// `sources/source_transactions` is `sources.transactions`.
    private static func resourcePath(
        _ path: [String], merged: Set<[String]>, renamed: [[String]: String]
    ) -> [String] {
        var result: [String] = []
        for count in path.indices.map({ $0 + 1 }) {
            let original = Array(path.prefix(count))
            var segment = renamed[original] ?? path[count - 1]
            if merged.contains(original), let parent = result.popLast() {
                segment = parent + "_" + segment
            } else if let parent = result.last, segment.hasPrefix(singular(parent) + "_") {
                segment.removeFirst(singular(parent).count + 1)
            }
            result.append(segment)
        }
        return result
    }

    // MARK: - Words

    /// Actions whose verb is a reserved word in one of Stripe's SDK languages (`return`; `finalize`, `void` in Java;
    /// `send` in Ruby), which Stripe's SDKs name with their object: `invoices.finalizeInvoice`.
    private static let verbsNamedWithTheirObject: Set<String> = ["return", "finalize", "send", "void"]

    /// The action a DELETE's description starts with when it is not a deletion: "Cancels a customer's
    /// subscription" is `cancel`.
    private static func descriptionVerb(_ description: String?) -> String? {
        guard let description else { return nil }
        let text = DocumentationMarkup.markdown(fromHTML: description)
        guard let first = text.split(whereSeparator: { !$0.isLetter }).first?.lowercased(), first.hasSuffix("s")
        else { return nil }
        let verb = String(first.dropLast())
        return OperationNaming.actionVerbs.contains(verb) ? verb : nil
    }

    /// Whether a segment names things rather than an action: its last word is plural and its first is no verb
    /// (`tax_ids`, `login_links`; not `verify_microdeposits`).
    private static func isPluralNoun(_ segment: String) -> Bool {
        let words = segment.split(separator: "_")
        guard let first = words.first, let last = words.last, last.hasSuffix("s"),
            !["ss", "us", "is"].contains(where: { last.hasSuffix($0) })
        else { return false }
        return !OperationNaming.actionVerbs.contains(String(first))
    }

    /// `inbound_transfers` → `inbound_transfer`, `capabilities` → `capability`.
    private static func singular(_ segment: String) -> String {
        if segment.hasSuffix("ies") { return segment.dropLast(3) + "y" }
        if segment.hasSuffix("sses") || segment.hasSuffix("xes") { return String(segment.dropLast(2)) }
        if segment.hasSuffix("s"), !segment.hasSuffix("ss") { return String(segment.dropLast()) }
        return segment
    }
}
