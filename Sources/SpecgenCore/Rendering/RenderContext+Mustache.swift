import Mustache

// Direct key lookup for the render contexts (see TemplateContext.swift).

extension FileContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "source": .value(self.source)
        case "declarations": .value(self.declarations)
        default: .unknown
        }
    }
}

extension TypeContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "name": .value(self.name)
        case "access": .value(self.access)
        case "documentation": .value(self.documentation)
        case "isDeprecated": .value(self.isDeprecated)
        case "isStructure": .value(self.isStructure)
        case "isEnumeration": .value(self.isEnumeration)
        case "isUnion": .value(self.isUnion)
        case "isAlias": .value(self.isAlias)
        case "isWrapper": .value(self.isWrapper)
        case "conformances": .value(self.conformances)
        case "isDecodable": .value(self.isDecodable)
        case "properties": .value(self.properties)
        case "encodesNulls": .value(self.encodesNulls)
        case "cases": .value(self.cases)
        case "rawType": .value(self.rawType)
        case "unionCases": .value(self.unionCases)
        case "taggedCases": .value(self.taggedCases)
        case "untaggedCases": .value(self.untaggedCases)
        case "checksVariants": .value(self.checksVariants)
        case "constantCases": .value(self.constantCases)
        case "hasConstantCases": .value(self.hasConstantCases)
        case "hasDiscriminator": .value(self.hasDiscriminator)
        case "discriminatorLiteral": .value(self.discriminatorLiteral)
        case "isIndirect": .value(self.isIndirect)
        case "aliasedType": .value(self.aliasedType)
        case "wrappedType": .value(self.wrappedType)
        case "nestedDeclarations": .value(self.nestedDeclarations)
        default: .unknown
        }
    }
}

extension PropertyContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "name": .value(self.name)
        case "storageName": .value(self.storageName)
        case "type": .value(self.type)
        case "attribute": .value(self.attribute)
        case "documentation": .value(self.documentation)
        case "isDeprecated": .value(self.isDeprecated)
        case "defaultValue": .value(self.defaultValue)
        case "customKey": .value(self.customKey)
        case "encodesAlways": .value(self.encodesAlways)
        case "encodedValue": .value(self.encodedValue)
        case "parameterLabel": .value(self.parameterLabel)
        case "parameterValue": .value(self.parameterValue)
        default: .unknown
        }
    }
}

extension CaseContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "name": .value(self.name)
        case "literal": .value(self.literal)
        default: .unknown
        }
    }
}

extension UnionCaseContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "name": .value(self.name)
        case "type": .value(self.type)
        case "codingWrapper": .value(self.codingWrapper)
        case "tags": .value(self.tags)
        case "conditions": .value(self.conditions)
        case "isChecked": .value(self.isChecked)
        case "isConstant": .value(self.isConstant)
        case "literal": .value(self.literal)
        default: .unknown
        }
    }
}

extension ConditionContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "isObject": .value(self.isObject)
        case "path": .value(self.path)
        case "isPinned": .value(self.isPinned)
        case "values": .value(self.values)
        default: .unknown
        }
    }
}
