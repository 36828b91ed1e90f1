/// A place in a text: 1-based line and column (in Unicode scalars, as SARIF's
/// `unicodeCodePoints` and every located diagnostic count them).
public struct TextPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

extension JSONPointer {
    /// Where the value each pointer names starts in `bytes`.
    ///
    /// Findings name their subject by JSON Pointer; viewers (SARIF regions)
    /// want a line and column. The decoder does not keep positions — that
    /// would cost every filing for the few that have findings — so the text
    /// is walked again, once, for the filings that have some: only containers
    /// on the way to a wanted pointer are entered, the rest skipped. Pointers
    /// that name nothing, and any text that does not parse, give no position.
    package static func locate(_ pointers: some Sequence<String>, in bytes: some Collection<UInt8>) -> [String: TextPosition] {
        let wanted = Set(pointers)
        guard !wanted.isEmpty else { return [:] }
        var prefixes = Set<String>()
        for pointer in wanted {
            var end = pointer.endIndex
            while let slash = pointer[..<end].lastIndex(of: "/") {
                prefixes.insert(String(pointer[..<slash]))
                end = slash
            }
        }
        return withContiguousBytes(bytes) { raw in
            raw.withMemoryRebound(to: UInt8.self) { buffer in
                var walk = Walk(reader: JSONReader(buffer), wanted: wanted, prefixes: prefixes)
                do throws(JSONError) { try walk.value("", depth: 0) } catch {}
                return walk.found
            }
        }
    }

    private struct Walk {
        var reader: JSONReader
        let wanted: Set<String>
        let prefixes: Set<String>
        var found: [String: TextPosition] = [:]

        mutating func value(_ pointer: String, depth: Int) throws(JSONError) {
            guard depth < JSONReader.maxDepth else { throw reader.error(.syntax, JSONMessage.tooDeep) }
            let token = reader.peekToken()
            if wanted.contains(pointer) {
                let (line, column) = reader.position(of: reader.offset)
                found[pointer] = TextPosition(line: line, column: column)
            }
            guard prefixes.contains(pointer) else { return try reader.skipValue(depth: depth) }
            switch token {
            case .object:
                reader.enterContainer()
                var started = false
                while let key = try reader.nextKey(&started) { try value(pointer + "/" + JSONPointer.escape(key), depth: depth + 1) }
            case .array:
                reader.enterContainer()
                var started = false
                var index = 0
                while try reader.nextElement(&started) {
                    try value(pointer + "/" + String(index), depth: depth + 1)
                    index += 1
                }
            default: try reader.skipValue(depth: depth)
            }
        }
    }
}
