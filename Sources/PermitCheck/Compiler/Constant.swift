/// Parameter values: literals, negated literals, lists of them, and tables
/// (YAML mappings) of them. Quoted YAML scalars are strings.
enum Constant {
    /// The value and type of a parameter's YAML node, or diagnostics.
    static func evaluate(_ node: YAMLNode, file: SourceFile) -> (Value, ValueType)? {
        switch node.kind {
        case .scalar(let text, let style):
            if style != .plain { return (.string(text), .string) }
            var parser = Parser(text)
            let expr = parser.parse()
            guard parser.errors.isEmpty else { return nil }
            return literal(expr)
        case .sequence(let items):
            var values: [Value] = []
            var type: ValueType = .null
            for item in items {
                guard let (v, t) = evaluate(item, file: file), let joined = Checker.join(type, t) else { return nil }
                values.append(v)
                type = type == .null ? t : joined
            }
            return (.list(values), .list(type))
        case .mapping(let pairs):
            var table: [String: Value] = [:]
            var type: ValueType = .null
            for pair in pairs {
                guard let key = pair.key.scalar, let (v, t) = evaluate(pair.value, file: file) else { return nil }
                table[key] = v
                type = type == .null ? t : (Checker.join(type, t) ?? .number(nil))
            }
            return (.table(table), .table(type))
        }
    }

    static func literal(_ e: Expr) -> (Value, ValueType)? {
        switch e.kind {
        case .number(let v, let unit):
            guard let u = unit.map({ Unit(symbol: $0) }) ?? .one else { return nil }
            return (.quantity(v, u), .number(u.dimension))
        case .string(let s): return (.string(s), .string)
        case .bool(let b): return (.bool(b), .bool)
        case .date(let d): return (.date(d.dayNumber), .date)
        case .time(let t): return (.time(t), .time)
        case .months(let m): return (.months(m), .months)
        case .identifier(let word): return (.string(word), .string)
        case .unary("-", let inner):
            guard case (.quantity(let v, let u), let t)? = literal(inner) else { return nil }
            return (.quantity(-v, u), t)
        case .list(let items):
            var values: [Value] = []
            var type: ValueType = .null
            for item in items {
                guard let (v, t) = literal(item) else { return nil }
                values.append(v)
                type = type == .null ? t : (Checker.join(type, t) ?? type)
            }
            return (.list(values), .list(type))
        default:
            return nil
        }
    }
}
