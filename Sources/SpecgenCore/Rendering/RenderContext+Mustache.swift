import Mustache

// Direct key lookup for the render contexts: swift-mustache otherwise finds each key by reflection (`Mirror`),
// which dominated generation time. A `nil` field returns `nil`, so the lookup goes on to the enclosing context.

extension FileContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "source": self.source
        case "declarations": self.declarations
        default: nil
        }
    }
}

extension TypeContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "access": self.access
        case "documentation": self.documentation
        case "isDeprecated": self.isDeprecated
        case "isStructure": self.isStructure
        case "isEnumeration": self.isEnumeration
        case "isUnion": self.isUnion
        case "isAlias": self.isAlias
        case "isWrapper": self.isWrapper
        case "conformances": self.conformances
        case "isDecodable": self.isDecodable
        case "properties": self.properties
        case "encodesNulls": self.encodesNulls
        case "cases": self.cases
        case "rawType": self.rawType
        case "unionCases": self.unionCases
        case "taggedCases": self.taggedCases
        case "untaggedCases": self.untaggedCases
        case "checksVariants": self.checksVariants
        case "hasDiscriminator": self.hasDiscriminator
        case "discriminatorLiteral": self.discriminatorLiteral
        case "isIndirect": self.isIndirect
        case "aliasedType": self.aliasedType
        case "wrappedType": self.wrappedType
        case "nestedDeclarations": self.nestedDeclarations
        default: nil
        }
    }
}

extension PropertyContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "storageName": self.storageName
        case "type": self.type
        case "attribute": self.attribute
        case "documentation": self.documentation
        case "isDeprecated": self.isDeprecated
        case "defaultValue": self.defaultValue
        case "customKey": self.customKey
        case "encodeStatement": self.encodeStatement
        case "parameter": self.parameter
        case "parameterValue": self.parameterValue
        default: nil
        }
    }
}

extension CaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "literal": self.literal
        default: nil
        }
    }
}

extension UnionCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "type": self.type
        case "tagList": self.tagList
        case "opening": self.opening
        case "isChecked": self.isChecked
        default: nil
        }
    }
}
