/// An argument a generated function or init declares, as `Argument.mustache` prints it: `_ body: Body? = nil`.
struct ArgumentContext {
    /// The label when it differs from the name (`_`); `nil` when the name is the label.
    let label: String?
    let name: String
    let type: String
    /// The default value as a literal (the spec's `default`, or `nil` for an optional argument).
    let defaultValue: String?
    /// One line saying what the argument is; empty when the spec says nothing.
    let documentation: String

    init(label: String? = nil, name: String, type: String, defaultValue: String? = nil, documentation: String = "") {
        self.label = label
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.documentation = documentation
    }

    /// An operation's parameter: optional ones default to the spec's `default`, else to `nil`; documented by the
    /// first line of its description, else by `undocumented`.
    init(_ parameter: ClientModel.Parameter, undocumented: String = "") {
        self.init(
            name: parameter.name, type: parameter.type.swift,
            defaultValue: parameter.defaultLiteral ?? (parameter.isRequired ? nil : "nil"),
            documentation: DocumentationMarkup.firstLine(parameter.documentation) ?? undocumented)
    }
}

/// An argument passed on to another call under its label: `limit: limit`, or for the argument a page is fetched by,
/// the cursor's member (`startingAfter: cursor.startingAfter`) or the offset.
struct PassedArgument {
    let label: String
    let name: String
    /// Cursor paging: the member of the cursor passed instead of the caller's value.
    let cursorMember: String?
    /// Offset paging: whether the page's offset is passed instead of the caller's value.
    let takesOffset: Bool

    init(label: String, name: String, cursorMember: String? = nil, takesOffset: Bool = false) {
        self.label = label
        self.name = name
        self.cursorMember = cursorMember
        self.takesOffset = takesOffset
    }
}

extension ArgumentContext: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "label": .value(self.label)
        case "name": .value(self.name)
        case "type": .value(self.type)
        case "defaultValue": .value(self.defaultValue)
        case "documentation": .value(self.documentation)
        default: .unknown
        }
    }
}

extension PassedArgument: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "label": .value(self.label)
        case "name": .value(self.name)
        case "cursorMember": .value(self.cursorMember)
        case "takesOffset": .value(self.takesOffset)
        default: .unknown
        }
    }
}
