/// Reading a `JSONValue` tree from UTF-8 text.
extension JSONValue {
    /// Parses one complete JSON text (RFC 8259, strict); throws with line and
    /// column on the first error. Duplicate keys: the last value wins.
    package init(parsing bytes: some Collection<UInt8>) throws(JSONError) {
        let parsed = withContiguousBytes(bytes) { raw in
            raw.withMemoryRebound(to: UInt8.self) { buffer in
                Result { () throws(JSONError) -> JSONValue in try JSONValue.parseDocument(buffer) }
            }
        }
        self = try parsed.get()
    }

    /// Parses JSON text held in a string.
    package init(parsing text: String) throws(JSONError) {
        try self.init(parsing: Array(text.utf8))
    }

    package static func parseDocument(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONValue {
        var reader = JSONReader(buffer)
        let value = try reader.readValue(depth: 0)
        try reader.finish()
        return value
    }
}

extension JSONReader {
    /// Reads one value of any kind into a tree.
    package mutating func readValue(depth: Int) throws(JSONError) -> JSONValue {
        guard depth < JSONReader.maxDepth else { throw error(.syntax, JSONMessage.tooDeep) }
        switch peekToken() {
        case .object:
            enterContainer()
            var object = JSONObject()
            var started = false
            while let key = try nextKey(&started) { object[key] = try readValue(depth: depth + 1) }
            return .object(object)
        case .array:
            enterContainer()
            var array: [JSONValue] = []
            var started = false
            while try nextElement(&started) { array.append(try readValue(depth: depth + 1)) }
            return .array(array)
        case .string: return .string(try readString())
        case .number: return .number(try readNumber())
        case .literal: return try readLiteral().map(JSONValue.bool) ?? .null
        case .end: throw error(.unexpectedEnd, JSONMessage.unexpectedEnd)
        case .invalid: throw unexpected(expected: "a value", "一个值")
        }
    }
}
