/// Shrinks a failing document while it still fails the same way: drops object members and array elements, from the
/// root down (a whole schema or path before its parts), until no single removal keeps the failure.
struct Minimizer {
    /// Whether a smaller document still shows the failure being chased.
    let stillFails: (JSONTree) async throws -> Bool

    /// The smallest document found; how many candidates were tried.
    func minimize(_ document: JSONTree) async throws -> (document: JSONTree, tries: Int) {
        var current = document
        var tries = 0
        var changed = true
        while changed {
            changed = false
            try await shrink(&current, at: [], changed: &changed, tries: &tries)
        }
        return (current, tries)
    }

    /// Tries to remove each child of the node at `path`, last first so that the indices of the others stay valid,
    /// and descends into the children that must stay.
    private func shrink(_ document: inout JSONTree, at path: [Int], changed: inout Bool, tries: inout Int) async throws
    {
        var index = document.childCount(at: path) - 1
        while index >= 0 {
            let candidate = document.removing(at: path + [index])
            tries += 1
            if try await stillFails(candidate) {
                document = candidate
                changed = true
            } else {
                try await shrink(&document, at: path + [index], changed: &changed, tries: &tries)
            }
            index -= 1
        }
    }
}

extension JSONTree {
    /// How many members or elements the node at `path` (child indices from the root) has.
    func childCount(at path: [Int]) -> Int {
        guard let first = path.first else {
            switch self {
            case .object(let members): return members.count
            case .array(let elements): return elements.count
            default: return 0
            }
        }
        switch self {
        case .object(let members): return members[first].value.childCount(at: Array(path.dropFirst()))
        case .array(let elements): return elements[first].childCount(at: Array(path.dropFirst()))
        default: return 0
        }
    }

    /// This value without the node at `path`.
    func removing(at path: [Int]) -> JSONTree {
        guard let first = path.first else { return self }
        let rest = Array(path.dropFirst())
        switch self {
        case .object(var members):
            if rest.isEmpty {
                members.remove(at: first)
            } else {
                members[first].value = members[first].value.removing(at: rest)
            }
            return .object(members)
        case .array(var elements):
            if rest.isEmpty { elements.remove(at: first) } else { elements[first] = elements[first].removing(at: rest) }
            return .array(elements)
        default: return self
        }
    }
}
