/// Maps an offset inside a scalar's value back to a line and column in the file.
///
/// An expression lives inside a YAML scalar, and the scalar's value differs
/// from its source text: quotes, escapes, block headers, indentation and
/// folded line breaks. This walks the source text alongside the value (cel-go
/// keeps the same idea in `policy/source.go`, `RelativeSource`).
struct ScalarMap {
    let node: YAMLNode
    let source: SourceFile

    /// Location of the `offset`-th Unicode scalar of the node's value.
    func location(ofOffset offset: Int) -> SourceLocation {
        guard case .scalar(let value, let style) = node.kind else { return node.location }
        let raw = Array(source.text.unicodeScalars)
        let valueScalars = Array(value.unicodeScalars)
        var r = min(node.startIndex, raw.count)
        let end = min(node.endIndex, raw.count)
        switch style {
        case .singleQuoted, .doubleQuoted: r += 1
        case .literal, .folded:
            while r < end, raw[r] != "\n" { r += 1 }
            r += 1
        case .plain: break
        }
        var i = 0
        while i < min(offset, valueScalars.count), r < end {
            let v = valueScalars[i]
            if style == .doubleQuoted, raw[r] == "\\" {
                let next = r + 1 < end ? raw[r + 1] : " "
                if next == "\n" || next == "\r" { r += 2; skipSpace(raw, &r, end); continue }
                r += Self.escapeLength(next)
                i += 1
                continue
            }
            if style == .singleQuoted, raw[r] == "'", r + 1 < end, raw[r + 1] == "'" {
                r += 2; i += 1; continue
            }
            if raw[r] == v { r += 1; i += 1; continue }
            if raw[r] == " " || raw[r] == "\t" || raw[r] == "\n" || raw[r] == "\r" {
                // Indentation, or a folded line break standing for one space.
                let folded = (v == " " || v == "\n") && (raw[r] == "\n" || raw[r] == "\r")
                r += 1
                skipSpace(raw, &r, end)
                if folded { i += 1 }
                continue
            }
            r += 1
            i += 1
        }
        return position(of: r, raw: raw)
    }

    private func skipSpace(_ raw: [Unicode.Scalar], _ r: inout Int, _ end: Int) {
        while r < end, raw[r] == " " || raw[r] == "\t" { r += 1 }
    }

    private static func escapeLength(_ c: Unicode.Scalar) -> Int {
        switch c {
        case "x": return 4
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }

    /// Line and column of raw scalar index `target`, counted from the node's start.
    private func position(of target: Int, raw: [Unicode.Scalar]) -> SourceLocation {
        var line = node.location.line, column = node.location.column
        var k = node.startIndex
        while k < target, k < raw.count {
            if raw[k] == "\n" { line += 1; column = 1 } else if raw[k] != "\r" { column += 1 }
            k += 1
        }
        return SourceLocation(file: source.name, line: line, column: column)
    }
}
