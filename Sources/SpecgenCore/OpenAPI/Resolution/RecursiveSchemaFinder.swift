/// Finds the schemas that reach themselves through references (Tarjan's strongly connected components,
/// iterative so that long reference chains cannot overflow the stack).
struct RecursiveSchemaFinder {
    let components: [RefTarget: ResolvedComponent]

    func recursiveSchemas() -> Set<RefTarget> {
        let targets = components.compactMap { target, component -> RefTarget? in
            component.kind == .schema ? target : nil
        }.sorted()
        let numbering = Dictionary(uniqueKeysWithValues: targets.enumerated().map { ($1, $0) })
        let edges = targets.map { successors(of: $0).compactMap { numbering[$0] } }

        var index = [Int](repeating: -1, count: targets.count)
        var lowLink = [Int](repeating: 0, count: targets.count)
        var onStack = [Bool](repeating: false, count: targets.count)
        var stack: [Int] = []
        var counter = 0
        var recursive: Set<RefTarget> = []

        for start in targets.indices where index[start] < 0 {
            var work: [(node: Int, nextEdge: Int)] = [(start, 0)]
            index[start] = counter
            lowLink[start] = counter
            counter += 1
            stack.append(start)
            onStack[start] = true
            while let (node, nextEdge) = work.last {
                if nextEdge < edges[node].count {
                    work[work.count - 1].nextEdge += 1
                    let successor = edges[node][nextEdge]
                    if index[successor] < 0 {
                        index[successor] = counter
                        lowLink[successor] = counter
                        counter += 1
                        stack.append(successor)
                        onStack[successor] = true
                        work.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], index[successor])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var members: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    members.append(member)
                    if member == node { break }
                }
                if members.count > 1 || edges[node].contains(node) {
                    recursive.formUnion(members.map { targets[$0] })
                }
            }
        }
        return recursive
    }

    private func successors(of target: RefTarget) -> [RefTarget] {
        guard let schema = components[target]?.as(Schema.self) else { return [] }
        switch schema {
        case .reference(let reference):
            return reference.target.map { [$0] } ?? []
        case .value(let schema):
            var result: [RefTarget] = []
            schema.forEachReference { reference in
                if let target = reference.target { result.append(target) }
            }
            return result
        }
    }
}
