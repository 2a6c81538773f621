/// Nested types that several places spell out identically, declared once.
///
/// Stripe repeats its parameter objects inline in every operation that takes them: `payment_method_data` with its
/// forty payment methods appears in three operations, `address` in dozens; its objects repeat inline enums and
/// details the same way. Lowered one by one, that is thousands of identical types for the compiler to check. This
/// pass finds nested types with the same shape (the same members and the same nested types, whatever they are
/// called, and both sent-only or both decodable) and declares each shape used in more than one place once, at the
/// top level: request shapes named after the schema's `title` or the property (`PaymentMethodDataParams`), others
/// after the property. A shape used in one place only stays nested where it is.
struct SharedShapes {
    /// Names a hoisted type must not take: top-level names, and every nested type name (a nested type would shadow
    /// a top-level one of the same name inside its parent).
    private var takenNames: Set<String>
    /// Shape number of every nested request type, by qualified name.
    private var shapeOf: [String: Int] = [:]
    /// Shape numbers by shape text.
    private var shapeNumbers: [String: Int] = [:]
    /// Where each shape is used: distinct (parent shape or root name, member name) places.
    private var places: [Int: Set<String>] = [:]
    /// The first occurrence of each shape, with the name of its parent, in declaration order.
    private var firstOccurrence: [Int: (type: NamedType, qualifiedName: String)] = [:]
    /// The names of the types each shape is nested in.
    private var parentNames: [Int: Set<String>] = [:]
    /// The names of the top-level types each shape is used under.
    private var rootNames: [Int: Set<String>] = [:]
    /// The shapes of the nested types of each title.
    private var shapesByTitle: [String: Set<Int>] = [:]
    /// Shapes with a use that is decoded (an enum is one shape whether it is sent or received).
    private var decodedShapes: Set<Int> = []
    private var shapeOrder: [Int] = []

    /// The rules of the API's vendor, which may name a shared shape.
    private let conventions: any Conventions

    private init(reservedNames: Set<String>, conventions: any Conventions) {
        takenNames = reservedNames
        self.conventions = conventions
    }

    /// `lowered` with shared shapes declared once: hoisted types follow the types that first used them. Their names
    /// are not reserved for what the client nests in its resources, which never refers to a hoisted shape.
    static func hoisting(_ lowered: LoweredTypes, conventions: any Conventions = GenericConventions()) -> LoweredTypes {
        var shapes = SharedShapes(reservedNames: lowered.reservedNames, conventions: conventions)
        return lowered.replacingTypes(shapes.hoist(lowered.types))
    }

    /// `types` with shared shapes declared once.
    private mutating func hoist(_ types: [NamedType]) -> [NamedType] {
        for type in types {
            _ = shape(of: type, qualifiedName: type.name, isRoot: true)
        }
        let hoisted = Set(shapeOrder.filter { places[$0, default: []].count > 1 })
        guard !hoisted.isEmpty else { return types }
        for type in types { collectNestedNames(type, qualifiedName: type.name, hoisted: hoisted) }
        var hoistedNames: [Int: String] = [:]
        for number in shapeOrder where hoisted.contains(number) {
            let occurrence = firstOccurrence[number]!
            let root = String(occurrence.qualifiedName.prefix { $0 != "." })
            let memberNames = Set(
                places[number, default: []].map { Self.place(ofName: String($0.drop { $0 != "." }.dropFirst())) })
            let parents = parentNames[number, default: []].sorted { ($0.count, $0) < ($1.count, $1) }
            let name = hoistedName(
                occurrence.type, parentNames: parents, memberNames: memberNames,
                rootNames: rootNames[number, default: []], root: root)
            takenNames.insert(name)
            hoistedNames[number] = name
        }
        var rewriter = Rewriter(shapeOf: shapeOf, hoistedNames: hoistedNames)
        var result: [NamedType] = []
        var declared: Set<Int> = []
        for type in types {
            result.append(rewriter.rewrite(type, qualifiedName: type.name, newName: type.name))
            // Hoisted types (and those they hoist in turn) go right after their first user, so files stay stable.
            var pending = rewriter.takeHoistedUses()
            while let number = pending.first {
                pending.removeFirst()
                guard declared.insert(number).inserted, let name = hoistedNames[number] else { continue }
                let occurrence = firstOccurrence[number]!
                var declaration = rewriter.rewrite(
                    occurrence.type, qualifiedName: occurrence.qualifiedName, newName: name)
                declaration.name = name
                declaration.isEncodeOnly = !decodedShapes.contains(number)
                result.append(declaration)
                pending += rewriter.takeHoistedUses()
            }
        }
        return result
    }

    // MARK: - Shapes

    /// Records the names of the nested types that stay nested.
    private mutating func collectNestedNames(_ type: NamedType, qualifiedName: String, hoisted: Set<Int>) {
        for child in type.nestedTypes {
            let childName = qualifiedName + "." + child.name
            if !(shapeOf[childName].map(hoisted.contains) ?? false) { takenNames.insert(child.name) }
            collectNestedNames(child, qualifiedName: childName, hoisted: hoisted)
        }
    }

    /// The shape number of `type`, computed children first; records where the shape is used.
    private mutating func shape(of type: NamedType, qualifiedName: String, isRoot: Bool) -> Int {
        var childNumbers: [Int] = []
        for child in type.nestedTypes {
            let childName = qualifiedName + "." + child.name
            childNumbers.append(shape(of: child, qualifiedName: childName, isRoot: false))
        }
        var text = Self.describe(type) { name in shapeOf[name].map { "#\($0)" } ?? "=" + name }
        text += "|" + childNumbers.map(String.init).joined(separator: ",")
        let number: Int
        if let existing = shapeNumbers[text] {
            number = existing
        } else {
            number = shapeNumbers.count
            shapeNumbers[text] = number
            if !isRoot {
                firstOccurrence[number] = (type, qualifiedName)
                if let title = type.title { shapesByTitle[title, default: []].insert(number) }
                shapeOrder.append(number)
            }
        }
        shapeOf[qualifiedName] = number
        if !type.isEncodeOnly { decodedShapes.insert(number) }
        // The children's places are their parent's shape and their name in it: copies of one parent count once.
        for (child, childNumber) in zip(type.nestedTypes, childNumbers) {
            places[childNumber, default: []].insert("\(number).\(child.name)")
            parentNames[childNumber, default: []].insert(type.name)
            rootNames[childNumber, default: []].insert(String(qualifiedName.prefix { $0 != "." }))
        }
        return number
    }

    /// Everything about a type except its own name and documentation, with nested type names replaced by `name`.
    /// An enum is declared the same way whether it is sent or received, so that is not part of its shape.
    static func describe(_ type: NamedType, name: (String) -> String) -> String {
        var isEnumeration = false
        if case .enumeration = type.kind { isEnumeration = true }
        var text = (type.isEncodeOnly && !isEnumeration ? "sent " : "") + (type.isDeprecated ? "deprecated " : "")
        switch type.kind {
        case .structure(let properties):
            text += "struct " + (type.isEncodeOnly ? type.title ?? "" : "")
            for property in properties {
                text += "|\(property.name) \(property.key) \(property.type.mapNamed(name).swift)"
                text += " \(property.wrapper?.rawValue ?? "") \(property.encodesNull) \(property.isDeprecated)"
                text += " \(property.defaultLiteral ?? "") \(property.documentation ?? "")"
            }
        case .enumeration(let enumeration):
            text += "enum \(enumeration.rawType.rawValue)"
            for enumCase in enumeration.cases { text += "|\(enumCase.name) \(enumCase.literal)" }
        case .union(let union):
            text += "union \(union.discriminator ?? "") \(union.isIndirect)"
            for unionCase in union.cases {
                text += "|\(unionCase.name) \(unionCase.type.mapNamed(name).swift) \(unionCase.tags)"
                if let constant = unionCase.constant { text += " =\(SwiftLiteral.string(constant))" }
                if let match = unionCase.match {
                    text += " \(match.isObject) \(match.required) "
                    text += match.pinned.map { "\($0.path)=\($0.values)" }.joined(separator: ",")
                }
            }
        case .alias(let target):
            text += "alias \(target.mapNamed(name).swift)"
        case .wrapper(let target):
            text += "wrapper \(target.mapNamed(name).swift)"
        }
        return text
    }

    // MARK: - Names

    /// The name of a hoisted shape. Enums, and the types of responses, keep their own name (`TaxBehavior`); request
    /// shapes are named by ``requestName(_:title:titleIsShared:memberNames:)`` with `Params`. A taken name gets what
    /// the names of its parents have in common in front (`PaymentIntents…` for the types of
    /// `PostPaymentIntentsRequest` and `PostPaymentIntentsIntentRequest`), else, for a request struct, the member
    /// that holds it when that is the same in every use (`memberNames`), else the name of a parent (`parentNames`,
    /// shortest first: `UserStatus` before `PostUsersRequestStatus`), else the words the top-level types it is used
    /// under begin with (`PaymentIntents…` for the requests of `/v1/payment_intents`), else another parent's name,
    /// else a number.
    private func hoistedName(
        _ type: NamedType, parentNames: [String], memberNames: Set<String>, rootNames: Set<String>, root: String
    ) -> String {
        let base: String
        if let conventional = conventions.sharedName(of: type, firstUsedIn: root) {
            base = conventional
        } else if case .enumeration = type.kind {
            base = type.name
        } else if !type.isEncodeOnly {
            base = SwiftNaming.unescaped(type.name)
        } else {
            let titleIsShared = type.title.map { shapesByTitle[$0, default: []].count > 1 } ?? false
            base =
                Self.requestName(
                    type, title: titleStem(type), titleIsShared: titleIsShared, memberNames: memberNames) + "Params"
        }
        // A taken name is told apart by its place: the words its parents begin or end with (`RoleVariable` and
        // `CollaboratorVariable` → `VariableKind`), the one value of a tag (`type: [variable]`), else a parent.
        // A `Value` that a clash with a top-level name added (`KindValue` beside `Kind`) gives way to the place.
        var stem = base
        if base.hasSuffix("Value"), base.count > 5, takenNames.contains(String(base.dropLast(5))) {
            stem = String(base.dropLast(5))
        }
        var candidates = stem == base ? [base] : []
        candidates += [Self.commonStem(Set(parentNames)) + stem, Self.commonEnding(Set(parentNames)) + stem]
        if case .enumeration(let enumeration) = type.kind, enumeration.cases.count == 1 {
            candidates.append(SwiftNaming.unescaped(SwiftNaming.typeName(enumeration.cases[0].name)) + stem)
        }
        // Then a request shape by the property that holds it everywhere (`customer_balance` of payment method
        // options is `CustomerBalanceParams`), as stripe-go names by place, before the name of the first type that
        // uses it.
        if memberNames.count == 1, type.isEncodeOnly, case .structure = type.kind {
            let place = Self.place(of: type)
            candidates.append(place + "Params")
        }
        if memberNames.count > 1, type.isEncodeOnly, let contents = Self.nameOfContents(type) {
            candidates.append(contents + "Params")
        }
        let parentStems = parentNames.map { SwiftNaming.unescaped($0) + stem }
        candidates += parentStems.prefix(1)
        if rootNames.count > 1, case let rootStem = Self.commonStem(rootNames), !rootStem.isEmpty {
            candidates.append(rootStem + stem)
        }
        candidates += parentStems.dropFirst() + [base]
        for candidate in candidates
        where !takenNames.contains(candidate) && SwiftNaming.typeName(candidate) == candidate {
            return candidate
        }
        var counter = 2
        while takenNames.contains(base + "\(counter)") { counter += 1 }
        return base + "\(counter)"
    }

    /// A request shape's name before `Params`. A title that shares a word with a member it is held under says what
    /// the shape is (`billing_address` for `address`), as does a title of this shape alone held under several members
    /// (`capability_param` for `card_payments` and `transfers`). Otherwise the title names the parent: under one
    /// member the member completes it, as stripe-go names by place (`invoice_settings` titled `customer_param` is
    /// `CustomerInvoiceSettings`); under several, a name that fits them all: the words they end with (`Address` for
    /// `address` and `shipping_address`), else what it holds (``nameOfContents(_:)``), else the title.
    private static func requestName(
        _ type: NamedType, title: String, titleIsShared: Bool, memberNames: Set<String>
    ) -> String {
        if !title.isEmpty, memberNames.contains(where: { shareAWord(title, $0) }) { return title }
        if memberNames.count <= 1 { return title + place(of: type) }
        if !title.isEmpty, !titleIsShared { return title }
        let ending = commonEnding(memberNames)
        if !ending.isEmpty { return ending }
        return nameOfContents(type) ?? (title.isEmpty ? place(of: type) : title)
    }

    /// What a small shape holds, which fits every member it is held under: a struct's one or two properties
    /// (`SetupFutureUsage`), a union's cases (`IntegerOrNow` for `start_date` and `trial_end`); `nil` for others.
    private static func nameOfContents(_ type: NamedType) -> String? {
        let name: String
        switch type.kind {
        case .structure(let properties) where (1...2).contains(properties.count):
            name = properties.map { SwiftNaming.typeName(SwiftNaming.unescaped($0.name)) }.joined()
        case .union(let union):
            name = union.cases.map { SwiftNaming.unescaped(SwiftNaming.typeName($0.name)) }.joined(separator: "Or")
        default: return nil
        }
        return SwiftNaming.typeName(name) == name ? name : nil
    }

    /// Whether the names have a word in common, one word a prefix of the other (`Features` and `FeatureAccess`).
    private static func shareAWord(_ name: String, _ other: String) -> Bool {
        let otherWords = words(other).map { $0.lowercased() }
        return words(name).contains { word in
            let word = word.lowercased()
            return otherWords.contains { $0.hasPrefix(word) || word.hasPrefix($0) }
        }
    }

    /// The member a nested type is named after: `CustomerBalance` for `CustomerBalanceValue`.
    private static func place(of type: NamedType) -> String { place(ofName: type.name) }

    private static func place(ofName name: String) -> String {
        var place = SwiftNaming.unescaped(name)
        if place.hasSuffix("Value"), place.count > 5 { place.removeLast(5) }
        return place
    }

    /// A request shape's title without its `Params`-like ending: `invoice_payment_method_options_param` →
    /// `InvoicePaymentMethodOptions`; empty without a title.
    private func titleStem(_ type: NamedType) -> String {
        var stem = type.title.map { SwiftNaming.unescaped(SwiftNaming.typeName($0)) } ?? ""
        for suffix in ["Params", "Param", "Specs", "Spec"] where stem.hasSuffix(suffix) {
            stem.removeLast(suffix.count)
            break
        }
        return stem
    }

    /// The leading words the names share, without an HTTP verb in front or a `Value` a collision added:
    /// `PostPaymentIntentsRequest` and `PostPaymentIntentsIntentRequest` → `PaymentIntents`; `CardValue` → `Card`.
    private static func commonStem(_ names: Set<String>) -> String {
        let wordLists = names.sorted().map(words)
        guard var common = wordLists.first else { return "" }
        for words in wordLists.dropFirst() {
            common = Array(zip(common, words).prefix { $0 == $1 }.map(\.0))
        }
        if let first = common.first, ["Get", "Post", "Put", "Patch", "Delete"].contains(first) {
            common.removeFirst()
        }
        if names.count == 1, common.count > 1, common.last == "Value" { common.removeLast() }
        if names.count > 1, common.last == "Request" { common.removeLast() }
        return common.joined()
    }

    /// The trailing words the names share, when there are several: `RoleVariable` and `CollaboratorVariable` →
    /// `Variable`; empty for one name, or when the names are those of requests and responses.
    private static func commonEnding(_ names: Set<String>) -> String {
        guard names.count > 1 else { return "" }
        let wordLists = names.sorted().map { Array(words($0).reversed()) }
        var common = wordLists[0]
        for words in wordLists.dropFirst() {
            common = Array(zip(common, words).prefix { $0 == $1 }.map(\.0))
        }
        if ["Request", "Response", "Value"].contains(common.first) { return "" }
        return common.reversed().joined()
    }

    /// `PostPaymentIntentsRequest` → `Post`, `Payment`, `Intents`, `Request`.
    private static func words(_ name: String) -> [String] {
        var words: [String] = []
        for character in SwiftNaming.unescaped(name) {
            if character.isUppercase || words.isEmpty { words.append("") }
            words[words.count - 1].append(character)
        }
        return words
    }
}

/// Rewrites request types after hoisting: hoisted nested types are dropped from their parents, and every reference
/// to a nested type (hoisted or copied) points at its one declaration.
private struct Rewriter {
    let shapeOf: [String: Int]
    let hoistedNames: [Int: String]
    /// Where each copy's nested types are declared now, by their old qualified name.
    private var newNames: [String: String] = [:]
    private var hoistedUses: [Int] = []

    init(shapeOf: [String: Int], hoistedNames: [Int: String]) {
        self.shapeOf = shapeOf
        self.hoistedNames = hoistedNames
    }

    /// Hoisted shapes referenced since the last call, in order.
    mutating func takeHoistedUses() -> [Int] {
        defer { hoistedUses = [] }
        return hoistedUses
    }

    mutating func rewrite(_ type: NamedType, qualifiedName: String, newName: String) -> NamedType {
        mapNames(type, qualifiedName: qualifiedName, newName: newName)
        return rewritten(type, qualifiedName: qualifiedName)
    }

    /// Records the new qualified name of `type`'s nested types.
    private mutating func mapNames(_ type: NamedType, qualifiedName: String, newName: String) {
        newNames[qualifiedName] = newName
        for child in type.nestedTypes {
            let childName = qualifiedName + "." + child.name
            if let number = shapeOf[childName], let hoisted = hoistedNames[number] {
                newNames[childName] = hoisted
                hoistedUses.append(number)
            } else {
                mapNames(child, qualifiedName: childName, newName: newName + "." + child.name)
            }
        }
    }

    private func rewritten(_ type: NamedType, qualifiedName: String) -> NamedType {
        var type = type
        type.kind = type.kind.renamingReferences { newNames[$0] ?? $0 }
        type.nestedTypes = type.nestedTypes.compactMap { child in
            let childName = qualifiedName + "." + child.name
            if let number = shapeOf[childName], hoistedNames[number] != nil { return nil }
            return rewritten(child, qualifiedName: childName)
        }
        return type
    }
}
