internal import CYAML

/// Reads YAML text through libyaml's event parser into ``YAMLNode`` trees.
///
/// libyaml marks are 0-based and count Unicode scalars; they are converted
/// here once (line + 1, column + 1). Duplicate keys are diagnostics, never
/// silently merged. Anchors and aliases are expanded, within
/// ``InputLimits``: the file's bytes, the nesting depth and the nodes a
/// document expands to are bounded, so a "billion laughs" or a 10,000-deep
/// file is a `limit.*` diagnostic, not an exhausted memory or stack.
package enum YAMLReader {
    /// The documents of `source` (usually one) and any diagnostics.
    package static func read(_ source: SourceFile) -> (documents: [YAMLNode], diagnostics: [Diagnostic]) {
        let size = source.text.utf8.count
        guard size <= InputLimits.yamlBytes else {
            return ([], [Diagnostic(LimitMessages.yamlTooLarge(size), at: SourceLocation(file: source.name, line: 1, column: 1))])
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            let where_ = SourceLocation(file: source.name, line: 1, column: 1)
            return ([], [Diagnostic(YAMLMessages.parserUnavailable, at: where_)])
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(source.text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var events = EventStream(file: source.name)
            var builder = TreeBuilder(file: source.name)
            builder.documents(from: &events, parser: &parser)
            return (builder.documents, events.diagnostics + builder.diagnostics.all)
        }
    }
}

/// One libyaml event, copied out of C memory so the C event can be freed at once.
private struct Event {
    enum Kind { case streamEnd, documentStart, documentEnd, scalar, alias, sequenceStart, sequenceEnd, mappingStart, mappingEnd, other }
    var kind: Kind
    var location: SourceLocation
    var startIndex: Int
    var endIndex: Int
    var value = ""
    var style = YAMLNode.ScalarStyle.plain
    var anchor: String?
}

/// Pulls events from libyaml; `nil` after a syntax error (recorded as a diagnostic).
private struct EventStream {
    let file: String
    var diagnostics: [Diagnostic] = []

    mutating func next(_ parser: inout yaml_parser_t) -> Event? {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
            let context = parser.context.map { String(cString: $0) + ": " } ?? ""
            let mark = parser.problem_mark
            diagnostics.append(Diagnostic(
                YAMLMessages.syntax(context, problem),
                at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)))
            return nil
        }
        defer { yaml_event_delete(&event) }
        let start = event.start_mark, end = event.end_mark
        var result = Event(
            kind: .other,
            location: SourceLocation(file: file, line: Int(start.line) + 1, column: Int(start.column) + 1),
            startIndex: Int(start.index), endIndex: Int(end.index))
        switch event.type {
        case YAML_STREAM_END_EVENT: result.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: result.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: result.kind = .documentEnd
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            result.kind = .scalar
            result.value = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
            result.style = Self.style(s.style)
            result.anchor = s.anchor.map { String(cString: $0) }
        case YAML_ALIAS_EVENT:
            result.kind = .alias
            result.anchor = event.data.alias.anchor.map { String(cString: $0) }
        case YAML_SEQUENCE_START_EVENT:
            result.kind = .sequenceStart
            result.anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
        case YAML_SEQUENCE_END_EVENT: result.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            result.kind = .mappingStart
            result.anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
        case YAML_MAPPING_END_EVENT: result.kind = .mappingEnd
        default: result.kind = .other
        }
        return result
    }

    static func style(_ s: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

/// Builds node trees from events; one instance per `read` call.
///
/// Each node is built with its height and the number of nodes it expands to,
/// so an alias is charged for everything it brings in: the depth and node
/// limits hold for the document as a reader of the tree will walk it.
private struct TreeBuilder {
    let file: String
    var documents: [YAMLNode] = []
    var diagnostics = DiagnosticSink()
    var anchors: [String: (node: YAMLNode, height: Int, size: Int)] = [:]
    /// Nodes of the current document so far, aliases expanded (saturates past the limit).
    var expanded = 0

    init(file: String) { self.file = file }

    mutating func documents(from events: inout EventStream, parser: inout yaml_parser_t) {
        while let event = events.next(&parser) {
            switch event.kind {
            case .streamEnd: return
            case .documentStart:
                expanded = 0
                guard let first = events.next(&parser), let root = node(first, depth: 1, &events, &parser) else { return }
                documents.append(root.node)
            default: continue
            }
        }
    }

    /// Counts `size` more nodes; `false` (reported) past the limit.
    mutating func charge(_ size: Int, at location: SourceLocation) -> Bool {
        expanded = min(expanded + size, InputLimits.yamlNodes + 1)
        guard expanded <= InputLimits.yamlNodes else {
            diagnostics.add(Diagnostic(LimitMessages.yamlTooMany, at: location))
            return false
        }
        return true
    }

    /// The node that starts with `event` at nesting `depth` (the root is 1),
    /// with its height; `nil` after a syntax error or an exceeded limit.
    mutating func node(
        _ event: Event, depth: Int, _ events: inout EventStream, _ parser: inout yaml_parser_t
    ) -> (node: YAMLNode, height: Int)? {
        var result = YAMLNode(kind: .scalar(event.value, event.style), location: event.location, startIndex: event.startIndex, endIndex: event.endIndex)
        let before = expanded
        var height = 1
        switch event.kind {
        case .scalar:
            guard charge(1, at: event.location) else { return nil }
        case .alias:
            let name = event.anchor ?? ""
            guard let target = anchors[name] else {
                diagnostics.add(Diagnostic(YAMLMessages.unknownAnchor(name), at: event.location))
                guard charge(1, at: event.location) else { return nil }
                return (result, 1)
            }
            guard depth + target.height - 1 <= InputLimits.yamlDepth else {
                diagnostics.add(Diagnostic(LimitMessages.yamlTooDeep, at: event.location))
                return nil
            }
            guard charge(target.size, at: event.location) else { return nil }
            return (target.node, target.height)
        case .sequenceStart, .mappingStart:
            guard depth <= InputLimits.yamlDepth else {
                diagnostics.add(Diagnostic(LimitMessages.yamlTooDeep, at: event.location))
                return nil
            }
            guard charge(1, at: event.location) else { return nil }
            if event.kind == .sequenceStart {
                var items: [YAMLNode] = []
                while true {
                    guard let next = events.next(&parser) else { return nil }
                    if next.kind == .sequenceEnd { result.endIndex = next.endIndex; break }
                    guard let item = node(next, depth: depth + 1, &events, &parser) else { return nil }
                    items.append(item.node)
                    height = max(height, item.height + 1)
                }
                result.kind = .sequence(items)
            } else {
                guard let (pairs, childHeight) = mapping(depth: depth, &events, &parser, into: &result) else { return nil }
                result.kind = .mapping(pairs)
                height = childHeight + 1
            }
        default:
            return nil
        }
        if let anchor = event.anchor { anchors[anchor] = (result, height, expanded - before) }
        return (result, height)
    }

    mutating func mapping(
        depth: Int, _ events: inout EventStream, _ parser: inout yaml_parser_t, into result: inout YAMLNode
    ) -> ([(key: YAMLNode, value: YAMLNode)], height: Int)? {
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var seen: [String: SourceLocation] = [:]
        var height = 0
        while true {
            guard let next = events.next(&parser) else { return nil }
            if next.kind == .mappingEnd { result.endIndex = next.endIndex; return (pairs, height) }
            guard let key = node(next, depth: depth + 1, &events, &parser), let valueEvent = events.next(&parser),
                  let value = node(valueEvent, depth: depth + 1, &events, &parser)
            else { return nil }
            if let name = key.node.scalar {
                if let first = seen[name] {
                    diagnostics.add(Diagnostic(YAMLMessages.duplicateKey(name, firstLine: first.line), at: key.node.location, length: name.count))
                } else {
                    seen[name] = key.node.location
                }
            }
            height = max(height, key.height, value.height)
            pairs.append((key.node, value.node))
        }
    }
}
