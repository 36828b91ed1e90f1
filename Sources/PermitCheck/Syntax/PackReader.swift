/// Reads the YAML of a pack's files into ``PackSyntax``, collecting every
/// shape problem: unknown keys (with "did you mean"), missing keys, wrong
/// node kinds, duplicate rule ids.
enum PackReader {
    static let packKeys = ["pack", "version", "description", "extends", "coversFrom", "documents", "params", "disable", "rules", "fixtures", "tests"]
    static let fileKeys = ["documents", "params", "rules", "fixtures", "disable", "tests"]
    static let ruleKeys = [
        "id", "family", "severity", "title", "message", "acts", "actDates", "medium", "appliesFrom", "basis", "doc",
        "for", "at", "let", "when", "evidence", "tests",
    ]
    static let paramKeys = ["value", "values", "rows", "doc", "source", "status", "retired"]
    static let testKeys = ["name", "filing", "file", "base", "patch", "registry", "registryFile", "expect", "outcome"]

    /// One pack from its files (the first with a `pack:` key is the header); `directory` anchors relative paths.
    static func read(_ files: [SourceFile], directory: String) -> (PackSyntax?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var pack = PackSyntax(name: "", version: "", description: nil, extends: nil, params: [], disable: [], rules: [], fixtures: [], sources: files, directory: directory)
        var sawHeader = false
        var seenRules: [String: SourceLocation] = [:]
        // A file YAML could not read may be the header: its error is the one to show.
        var unreadable = false
        for file in files {
            let (documents, yamlDiagnostics) = YAMLReader.read(file)
            diagnostics += yamlDiagnostics
            guard let root = documents.first else {
                if yamlDiagnostics.isEmpty {
                    diagnostics.append(Diagnostic(SyntaxMessages.emptyDocument, at: SourceLocation(file: file.name, line: 1, column: 1)))
                }
                unreadable = unreadable || !yamlDiagnostics.isEmpty
                continue
            }
            var reader = NodeReader(file: file)
            let isHeader = root["pack"] != nil
            let allowed = isHeader ? packKeys : fileKeys
            guard let top = reader.entries(root, context: file.name, allowed: allowed, required: isHeader ? ["pack", "version"] : []) else {
                diagnostics += reader.diagnostics.all
                continue
            }
            if isHeader {
                sawHeader = true
                pack.name = reader.string(top["pack"]) ?? ""
                pack.version = reader.string(top["version"]) ?? ""
                pack.description = reader.localized(top["description"], context: "description")
                if let e = top["extends"], let path = reader.string(e) { pack.extends = (path, e.value) }
                pack.coversFrom = top["coversFrom"]?.value
            }
            pack.documents += LawReader.documents(top["documents"], &reader)
            pack.params += readParams(top["params"], &reader)
            if let d = top["disable"] { pack.disable += reader.strings(d).map { ($0, d.value) } }
            if let f = top["fixtures"], let pairs = f.value.mapping {
                pack.fixtures += pairs.compactMap { p in p.key.scalar.flatMap { k in p.value.scalar.map { (k, joinPath(directory, $0), p.value) } } }
            }
            if let testsEntry = top["tests"] {
                if let pairs = testsEntry.value.mapping {
                    for pair in pairs {
                        guard let id = pair.key.scalar else { continue }
                        guard let items = pair.value.sequence else {
                            reader.report(SyntaxMessages.wrongKind(id, expected: YAMLMessages.sequence, found: pair.value.kindName), at: pair.value)
                            continue
                        }
                        pack.ruleTests.append((id, pair.key, items.compactMap { RuleReader.readTest($0, &reader) }))
                    }
                } else {
                    reader.report(SyntaxMessages.wrongKind("tests", expected: YAMLMessages.mapping, found: testsEntry.value.kindName), at: testsEntry.value)
                }
            }
            if let rulesEntry = top["rules"] {
                guard let items = rulesEntry.value.sequence else {
                    reader.report(SyntaxMessages.wrongKind("rules", expected: YAMLMessages.sequence, found: rulesEntry.value.kindName), at: rulesEntry.value)
                    diagnostics += reader.diagnostics.all
                    continue
                }
                for item in items {
                    guard let rule = RuleReader.read(item, &reader) else { continue }
                    if let first = seenRules[rule.id] {
                        reader.report(SyntaxMessages.duplicateRule(rule.id, first: first), at: rule.idNode)
                    } else {
                        seenRules[rule.id] = rule.idNode.location
                        pack.rules.append(rule)
                    }
                }
            }
            diagnostics += reader.diagnostics.all
        }
        if !sawHeader, let first = files.first {
            if unreadable { return (nil, diagnostics) }
            diagnostics.append(Diagnostic(SyntaxMessages.noPack, at: SourceLocation(file: first.name, line: 1, column: 1)))
            return (nil, diagnostics)
        }
        return (pack, diagnostics)
    }

    static func readParams(_ entry: (key: YAMLNode, value: YAMLNode)?, _ reader: inout NodeReader) -> [ParamSyntax] {
        guard let entry else { return [] }
        guard let pairs = entry.value.mapping else {
            reader.report(SyntaxMessages.wrongKind("params", expected: YAMLMessages.mapping, found: entry.value.kindName), at: entry.value)
            return []
        }
        return pairs.compactMap { pair in
            guard let name = pair.key.scalar else { return nil }
            // `name: 3 kg/h` is shorthand for `name: { value: 3 kg/h }`.
            if pair.value.mapping == nil || !paramKeys.contains(where: { pair.value[$0] != nil }) {
                let rows = LawReader.mappingRows(pair.value)
                return ParamSyntax(name: name, nameNode: pair.key, value: rows == nil ? pair.value : nil, rows: rows, doc: nil, source: nil, status: nil, file: reader.file)
            }
            guard let parts = reader.entries(pair.value, context: "params.\(name)", allowed: paramKeys, required: []) else { return nil }
            var status: ParamStatus?
            if let s = parts["status"], let text = reader.string(s) {
                status = ParamStatus(word: text)
                if status == nil { reader.report(SyntaxMessages.badValue("status", ParamStatus.written), at: s.value) }
            }
            let given = ["value", "values", "rows"].filter { parts[$0] != nil }
            if given.count > 1, let second = parts[given[1]] {
                reader.report(SyntaxMessages.conflictingKeys(given[0], given[1]), at: second.key)
            }
            // A table written as one mapping is a list of open rows, so a local
            // pack can replace or add rows by key.
            let value = parts["value"]?.value
            let tableRows = value.flatMap { LawReader.mappingRows($0) }
            return ParamSyntax(
                name: name, nameNode: pair.key, value: tableRows == nil ? value : nil,
                values: parts["values"].map { LawReader.values($0, &reader) },
                rows: tableRows ?? parts["rows"].map { LawReader.rows($0, &reader) },
                retired: reader.string(parts["retired"]),
                doc: reader.localized(parts["doc"], context: "doc"), source: reader.string(parts["source"]),
                status: status, file: reader.file)
        }
    }
}
