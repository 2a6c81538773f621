/// A string-keyed map that keeps the order its keys had in the spec, so generated output follows the source.
public struct OrderedMap<Value> {
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []
    private var positions: [String: Int] = [:]

    public init() {}

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`; setting a new key appends it, setting an existing key keeps its position.
    public subscript(key: String) -> Value? {
        get { positions[key].map { values[$0] } }
        set {
            if let position = positions[key] {
                if let newValue {
                    values[position] = newValue
                } else {
                    remove(at: position)
                }
            } else if let newValue {
                positions[key] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    private mutating func remove(at position: Int) {
        positions[keys[position]] = nil
        keys.remove(at: position)
        values.remove(at: position)
        for index in position..<keys.count { positions[keys[index]] = index }
    }
}

extension OrderedMap: Sequence {
    public func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
        zip(keys, values).lazy.map { (key: $0, value: $1) }.makeIterator()
    }
}

extension OrderedMap: Sendable where Value: Sendable {}
