/// The parts of a pack that state law by date, as written: documents with
/// their ranges, dated parameter values and table rows. Nothing is checked
/// here; `PackCompiler+Law` turns them into ranges and reports what is wrong.
struct DocumentSyntax: Sendable {
    var id: String
    var idNode: YAMLNode
    var title: String?
    var kind: (text: String, node: YAMLNode)?
    var from: YAMLNode?
    var until: YAMLNode?
    var source: String?
    var status: (text: String, node: YAMLNode)?
    /// `99(二): 法典 1107` — article of this document → the articles continuing it.
    var successors: [(key: YAMLNode, value: YAMLNode)]?
    var file: SourceFile
}

/// One value of an effective-dated parameter, or one row of a table parameter.
struct DatedValueSyntax: Sendable {
    /// The row's key (tables only).
    var key: (text: String, node: YAMLNode)?
    var value: YAMLNode
    var from: YAMLNode?
    var until: YAMLNode?
    var source: String?
    var status: (text: String, node: YAMLNode)?
    /// The node the value was written in (for diagnostics about the whole value).
    var node: YAMLNode
}

/// One basis entry of a rule as written (`条例 17、34(一)`), with its node.
struct BasisSyntax: Sendable {
    var text: String
    var node: YAMLNode
}

/// Reading the law-by-date keys (`documents`, dated `values`, table `rows`).
enum LawReader {
    static let documentKeys = ["title", "kind", "from", "until", "source", "status", "successors"]
    static let valueKeys = ["value", "from", "until", "source", "status"]
    static let rowKeys = ["key", "value", "from", "until", "source", "status"]

    static func documents(_ entry: (key: YAMLNode, value: YAMLNode)?, _ reader: inout NodeReader) -> [DocumentSyntax] {
        guard let entry else { return [] }
        guard let pairs = entry.value.mapping else {
            reader.report(SyntaxMessages.wrongKind("documents", expected: YAMLMessages.mapping, found: entry.value.kindName), at: entry.value)
            return []
        }
        return pairs.compactMap { pair in
            guard let id = pair.key.scalar,
                  let e = reader.entries(pair.value, context: "documents.\(id)", allowed: documentKeys, required: ["title"])
            else { return nil }
            var successors: [(key: YAMLNode, value: YAMLNode)]?
            if let s = e["successors"] {
                if let m = s.value.mapping { successors = m } else {
                    reader.report(SyntaxMessages.wrongKind("successors", expected: YAMLMessages.mapping, found: s.value.kindName), at: s.value)
                }
            }
            return DocumentSyntax(
                id: id, idNode: pair.key, title: reader.string(e["title"]), kind: scalar(e["kind"], &reader),
                from: e["from"]?.value, until: e["until"]?.value, source: reader.string(e["source"]),
                status: scalar(e["status"], &reader), successors: successors, file: reader.file)
        }
    }

    /// `values:` of a scalar parameter: a list of `{value, from, until, source, status}`.
    static func values(_ entry: (key: YAMLNode, value: YAMLNode), _ reader: inout NodeReader) -> [DatedValueSyntax] {
        guard let items = entry.value.sequence else {
            reader.report(SyntaxMessages.wrongKind("values", expected: YAMLMessages.sequence, found: entry.value.kindName), at: entry.value)
            return []
        }
        return items.compactMap { item in
            guard let e = reader.entries(item, context: "values", allowed: valueKeys, required: ["value"]), let v = e["value"] else { return nil }
            return DatedValueSyntax(
                key: nil, value: v.value, from: e["from"]?.value, until: e["until"]?.value,
                source: reader.string(e["source"]), status: scalar(e["status"], &reader), node: item)
        }
    }

    /// `rows:` of a table parameter: a list of `{key, value, from, until, source, status}`.
    static func rows(_ entry: (key: YAMLNode, value: YAMLNode), _ reader: inout NodeReader) -> [DatedValueSyntax] {
        guard let items = entry.value.sequence else {
            reader.report(SyntaxMessages.wrongKind("rows", expected: YAMLMessages.sequence, found: entry.value.kindName), at: entry.value)
            return []
        }
        return items.compactMap { item in
            guard let e = reader.entries(item, context: "rows", allowed: rowKeys, required: ["key", "value"]),
                  let v = e["value"], let key = scalar(e["key"], &reader) else { return nil }
            return DatedValueSyntax(
                key: key, value: v.value, from: e["from"]?.value, until: e["until"]?.value,
                source: reader.string(e["source"]), status: scalar(e["status"], &reader), node: item)
        }
    }

    /// The rows of a table written as one mapping (`key: value`, all open), or
    /// `nil` when `node` is not a mapping.
    static func mappingRows(_ node: YAMLNode) -> [DatedValueSyntax]? {
        guard let pairs = node.mapping else { return nil }
        return pairs.compactMap { pair in
            guard let key = pair.key.scalar else { return nil }
            return DatedValueSyntax(key: (key, pair.key), value: pair.value, node: pair.value)
        }
    }

    /// The rule's `basis:` list: one string per entry, each possibly naming several articles.
    static func basis(_ entry: (key: YAMLNode, value: YAMLNode)?, _ reader: inout NodeReader) -> [BasisSyntax] {
        guard let entry else { return [] }
        if entry.value.isNull { return [] }
        let items = entry.value.sequence ?? [entry.value]
        return items.compactMap { item in
            guard let text = item.scalar else {
                reader.report(SyntaxMessages.wrongKind("basis", expected: YAMLMessages.scalar, found: item.kindName), at: item)
                return nil
            }
            return BasisSyntax(text: text, node: item)
        }
    }

    static func scalar(_ entry: (key: YAMLNode, value: YAMLNode)?, _ reader: inout NodeReader) -> (text: String, node: YAMLNode)? {
        guard let entry, let text = reader.string(entry) else { return nil }
        return (text, entry.value)
    }
}
