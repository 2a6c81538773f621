/// The resource tree as it is built: children by raw segment in first-seen order.
struct ResourceNode {
    var order: [String] = []
    var childNodes: [String: ResourceNode] = [:]
    var operations: [ClientModel.Operation] = []
    /// Names chosen in specgen.yaml for segments, applied when the tree becomes resources.
    var chosenNames: [String: String] = [:]

    mutating func rename(_ names: [String: String]) {
        chosenNames = names
        for key in order { childNodes[key]?.rename(names) }
    }

    mutating func insert(_ operation: ClientModel.Operation, at path: [String]) {
        guard let first = path.first else {
            var operation = operation
            // `client` is the resource's own `APIClient`.
            if operation.name == "client" { operation.name = "clientOperation" }
            let base = operation.name
            var counter = 2
            while operations.contains(where: { $0.name == operation.name }) {
                operation.name = base + "\(counter)"
                counter += 1
            }
            operations.append(operation)
            return
        }
        if childNodes[first] == nil { order.append(first) }
        childNodes[first, default: ResourceNode()].insert(operation, at: Array(path.dropFirst()))
    }

    /// The resources below this node, which is at `path`; `typeNames` holds every resource's qualified type name by
    /// its path.
    func children(
        typeNames: [[String]: String], nested: [[String]: [NamedType]], path: [String]
    ) -> [ClientModel.Resource] {
        // `client` is every resource's own `APIClient`.
        var usedProperties = Set(operations.map(\.name)).union(["client"])
        let siblingTypes = order.map { String(typeNames[path + [$0]]!.split(separator: ".").last!) }
        var usedTypes = Set(siblingTypes)
        return order.enumerated().map { index, segment in
            let name = chosenNames[segment] ?? segment
            let typeName = siblingTypes[index]
            let node = childNodes[segment]!
            var protocolName: String?
            if !node.operations.isEmpty {
                protocolName = SwiftNaming.unique(typeName + "API", among: usedTypes)
                usedTypes.insert(protocolName!)
            }
            var propertyName = SwiftNaming.memberName(name)
            if usedProperties.contains(propertyName) { propertyName = SwiftNaming.unescaped(propertyName) + "Resource" }
            propertyName = SwiftNaming.unique(propertyName, among: usedProperties)
            usedProperties.insert(propertyName)
            return ClientModel.Resource(
                propertyName: propertyName,
                typeName: typeName,
                protocolName: protocolName,
                resources: node.children(typeNames: typeNames, nested: nested, path: path + [segment]),
                operations: node.operations,
                nestedTypes: nested[path + [segment]] ?? []
            )
        }
    }
}
