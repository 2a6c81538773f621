import SpecgenCore
import Testing

/// Schema shapes that real APIs use and that once gave Swift that did not compile: each a few lines of YAML in, the
/// exact Swift out, compiled.
@Suite struct ShapeSnippetTests {
    @Test func theInlineItemsOfAnArrayAliasAreDeclaredBesideIt() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Body:
                  type: array
                  items: {type: object, properties: {name: {type: string}}}
            """)
        #expect(
            snippet.contains(
                "public typealias Body = [BodyItem]\n\npublic struct BodyItem: Codable, Hashable, Sendable {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func theInlineUnionOfAMapAliasIsDeclaredBesideIt() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Scores:
                  type: object
                  additionalProperties:
                    oneOf:
                      - {type: object, properties: {points: {type: integer}}}
                      - {type: string}
            """)
        #expect(snippet.contains("public typealias Scores = [String: ScoresItem]"))
        #expect(
            snippet.contains(
                "public enum ScoresItem: Codable, Hashable, Sendable {\n    case variant1(ScoresItem.Variant1)"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aTaggedUnionBranchIsTriedByItsTagsBeforeABranchThatTakesAnyObject() async throws {
        // `Loose` accepts every object (its one property is optional): tried first, it would take a `Cat` and drop
        // its members. The tagged branch is tried first, and only for the tags it knows.
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Loose: {type: object, properties: {note: {type: string}}}
                Cat: {type: object, required: [kind], properties: {kind: {type: string}, lives: {type: integer}}}
                Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
                Pet:
                  anyOf:
                    - {$ref: '#/components/schemas/Loose'}
                    - oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                      discriminator: {propertyName: kind}
            """)
        #expect(
            snippet.contains(
                """
                let json = try JSONValue(from: decoder)
                if json.isObject,
                    json.has(["kind"], in: ["Cat", "Dog"]),
                    let value = try? Pet.Variant2(from: decoder)
                {
                    self = .variant2(value)
                    return
                }
                if let value = try? Loose(from: decoder) {
                """))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aOneBranchOneOfAndANullableAnyOfOfAnInlineObjectGetATypeOfTheirOwn() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Single:
                  oneOf:
                    - {type: object, properties: {id: {type: string}}}
                Maybe:
                  anyOf:
                    - {type: object, properties: {id: {type: string}}}
                    - {nullable: true}
            """)
        #expect(snippet.contains("public typealias Single = SingleValue"))
        #expect(snippet.contains("public struct SingleValue: Codable, Hashable, Sendable {"))
        #expect(snippet.contains("public typealias Maybe = MaybeValue"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func integerEnumsNameNegativeValuesAndListADuplicateOnce() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Level:
                  type: integer
                  enum: [-1, 0, 1, 1]
            """)
        #expect(
            snippet.contains(
                """
                public init(rawValue: Int) {
                    switch rawValue {
                    case -1: self = .valueMinus1
                    case 0: self = .value0
                    case 1: self = .value1
                    default: self = .unknown(rawValue)
                    }
                }
                """))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aStringValueListedTwiceIsOneCase() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Choice: {type: string, enum: ["", "", a, a]}
            """)
        #expect(
            snippet.contains(
                "case empty\ncase a\n/// A value this version of the client does not know yet, kept as sent."))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func numberEnumsOfWholeNumbersAreIntegerEnumsAndOthersDoubles() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Sizes:
                  type: object
                  properties:
                    whole: {type: number, enum: [0, 1, 2]}
                    ratio: {type: number, enum: [0.5, 1.5]}
            """)
        #expect(snippet.contains("public var whole: Sizes.Whole?"))
        #expect(snippet.contains("public var ratio: Double?"))
        #expect(snippet.contains("public enum Whole: OpenEnum {\ncase value0"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aDeprecatedTypeIsDocumentedSoItsUsesDoNotWarn() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    status: {deprecated: true, type: string, enum: [a, b]}
                    tag: {$ref: "#/components/schemas/Tag"}
                Tag:
                  deprecated: true
                  description: A tag.
                  type: object
                  properties: {name: {type: string}}
            """)
        #expect(
            snippet.contains(
                """
                /// - Warning: Deprecated: the API may stop sending or accepting it.
                public enum Status: OpenEnum {
                """))
        #expect(
            snippet.contains(
                """
                /// A tag.
                ///
                /// - Warning: Deprecated: the API may stop sending or accepting it.
                ///
                /// - Remark: Generated from #/components/schemas/Tag
                public struct Tag: Codable, Hashable, Sendable {
                """))
        #expect(snippet.contains("@available(*, deprecated)\npublic var status: Pet.Status? {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aMapOrArrayOfItselfIsAWrapperStruct() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Tree: {type: object, additionalProperties: {$ref: "#/components/schemas/Tree"}}
                Nested: {type: array, items: {$ref: "#/components/schemas/Nested"}}
                Ping: {type: array, items: {$ref: "#/components/schemas/Pong"}}
                Pong: {type: array, items: {$ref: "#/components/schemas/Ping"}}
            """)
        #expect(
            snippet.contains(
                """
                public struct Tree: Codable, Hashable, Sendable {
                    public var value: [String: Tree]

                    public init(_ value: [String: Tree]) {
                        self.value = value
                    }

                    public init(from decoder: any Decoder) throws {
                        value = try [String: Tree](from: decoder)
                    }
                """))
        #expect(snippet.contains("public struct Nested: Codable, Hashable, Sendable {\npublic var value: [Nested]"))
        #expect(snippet.contains("public struct Ping: Codable, Hashable, Sendable {\npublic var value: [Pong]"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func schemasNamedLikeRuntimeTypesDoNotShadowThem() async throws {
        let names = ["Indirect", "ListPage", "Expandable", "JSONCoding", "PercentEncoding", "Transport", "Int64"]
        let snippet = try Snippet(
            "paths:\n  /a: {get: {responses: {'200': {description: ok}}}}\ncomponents:\n  schemas:\n"
                + names.map { "    \($0): {type: object, properties: {a: {type: string}}}\n" }.joined())
        for name in names { #expect(snippet.contains("public struct \(name)Value: Codable, Hashable, Sendable {")) }
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func anAllOfOfAReferenceAndAnAnnotationIsTheReference() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}
                Owner:
                  type: object
                  properties:
                    pet: {allOf: [{$ref: "#/components/schemas/Pet"}, {description: The owner's pet.}]}
            """)
        #expect(snippet.contains("public var pet: Pet?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func anAllOfThatIncludesItselfThroughAnotherComponentIsThatComponentWithAWarning() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Operation:
                  properties:
                    step: {allOf: [{$ref: "#/components/schemas/Step"}, {required: [name]}]}
                Step:
                  properties:
                    name: {type: string}
                    parent: {allOf: [{$ref: "#/components/schemas/Operation"}, {required: [step]}]}
            """)
        #expect(snippet.contains("public var step: Operation.StepValue?"))
        #expect(snippet.contains("@Indirect public var parent: Operation?"))
        #expect(
            snippet.warnings == [
                "12:17: allOf includes Operation, which includes this schema: generated as Operation, without the other "
                    + "parts",
                "8:15: allOf includes Step, which includes this schema: generated as Step, without the other parts",
            ])
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aPropertyThatIsItsOwnSchemaPlusMoreCompiles() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Node:
                  properties:
                    child: {allOf: [{$ref: "#/components/schemas/Node"}, {properties: {child: {}}}]}
            """)
        #expect(snippet.contains("@Indirect public var child: Node?"))
        #expect(
            snippet.warnings == [
                "8:16: allOf includes Node, which includes this schema: generated as Node, without the other parts"
            ])
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aSchemaThatIsOnlyItselfIsJSONValueWithAWarning() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Loop: {oneOf: [{$ref: "#/components/schemas/Loop"}]}
            """)
        #expect(snippet.contains("public typealias Loop = JSONValue"))
        #expect(
            snippet.warnings == [
                "6:11: 'Loop' is only itself (a reference or one-branch oneOf back to it): generated as JSONValue"
            ])
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aUnionThatHoldsItselfThroughABranchIsIndirect() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Expression:
                  oneOf:
                    - {type: string}
                    - {anyOf: [{$ref: "#/components/schemas/Expression"}, {type: object, properties: {not: {type: string}}}]}
            """)
        #expect(snippet.contains("public indirect enum Variant2: Codable, Hashable, Sendable {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aPropertyNamedSelfIsEncodedAsThePropertyNotAsTheValue() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Link:
                  type: object
                  required: [self, note]
                  properties:
                    self: {type: string}
                    note: {type: string, nullable: true}
            """)
        // `` `self` `` alone would be the struct itself: encoding would recurse until the stack overflows.
        #expect(snippet.contains("try container.encode(self.`self`, forKey: .`self`)"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func additionalPropertiesBesidePropertiesAreAPositionedWarning() throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Bag:
                  type: object
                  properties: {name: {type: string}}
                  additionalProperties: {type: number}
            """)
        #expect(snippet.contains("public var name: String?"))
        #expect(
            snippet.warnings == [
                "7:7: 'additionalProperties' beside 'properties' not generated: members other than the properties are "
                    + "not kept"
            ])
    }

    @Test func aUnionBranchThatLeadsBackToItsUnionIsDroppedWithAWarning() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Loop:
                  oneOf:
                    - {$ref: "#/components/schemas/Loop"}
                    - {oneOf: [{$ref: "#/components/schemas/Loop"}, {type: integer}]}
                    - {type: string}
            """)
        // Decoding would try `Loop` on the same value again, until the stack overflows.
        #expect(!snippet.contains("case loop(Loop)"))
        #expect(snippet.contains("case variant2(Loop.Variant2)\ncase string(String)"))
        #expect(snippet.contains("case integer(Int)"))
        #expect(
            snippet.warnings == [
                "7:7: branch 'loop' of Loop.Variant2 leads back to Loop.Variant2 itself: not generated (the union's "
                    + "other branches take every value it would)",
                "7:7: branch 'loop' of Loop leads back to Loop itself: not generated (the union's other branches "
                    + "take every value it would)",
            ])
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aMapOfNullableValuesKeepsNilApartFromAnAbsentKey() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Update:
                  type: object
                  properties:
                    metadata: {type: object, additionalProperties: {type: string, nullable: true}}
                    labels: {type: object, additionalProperties: {type: string}}
            """)
        #expect(snippet.contains("public var metadata: [String: String?]?"))
        #expect(snippet.contains("public var labels: [String: String]?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func unixTimesAreDatesInEverySignature() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Schedule:
                  type: object
                  required: [starts_at]
                  properties:
                    starts_at: {type: integer, format: unix-time}
                    ends_at:
                      anyOf:
                        - {type: integer, format: unix-time}
                        - {type: string, enum: [""]}
                    reminders: {type: array, items: {type: integer, format: unix-time}}
                    by_name: {type: object, additionalProperties: {type: integer, format: unix-time}}
            """, vendors: [.stripe])
        #expect(snippet.contains("@UnixTime public var startsAt: Date\n"))
        #expect(snippet.contains("@UnixTime public var endsAt: Clearable<Date>?\n"))
        #expect(snippet.contains("@UnixTime public var reminders: [Date]?\n"))
        #expect(snippet.contains("@UnixTime public var byName: [String: Date]?\n"))
        #expect(!snippet.swift.contains("UnixTime<"), "the wrapper stays out of the types: \(snippet.swift)")
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aStringEnumAmongAUnionsVariantsIsACasePerValue() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                TrialEnd:
                  anyOf:
                    - {type: string, enum: [now]}
                    - {type: integer, format: unix-time}
            """, vendors: [.stripe])
        #expect(snippet.contains("case now\ncase date(Date)"))
        #expect(
            snippet.contains("if let value = try? UnixTime<Date>(from: decoder) {\nself = .date(value.wrappedValue)"))
        #expect(snippet.contains("case .date(let value): try UnixTime<Date>(wrappedValue: value).encode(to: encoder)"))
        #expect(snippet.contains("switch try? String(from: decoder) {\ncase \"now\"?:\nself = .now"))
        #expect(snippet.contains("case .now: try \"now\".encode(to: encoder)"))
        #expect(!snippet.swift.contains("variant1"))
        #expect(try await snippet.typecheck() == nil)
    }
}
