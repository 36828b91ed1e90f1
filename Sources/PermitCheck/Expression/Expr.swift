/// The syntax tree of one expression. Nodes carry an `id` (unique within the
/// expression) for the checker's side tables and a `range` of scalar offsets
/// into the expression text for diagnostics; the tree is never mutated.
package indirect enum ExprKind: Sendable {
    case number(Double, unit: String?)
    case string(String)
    case bool(Bool)
    case null
    case date(LocalDate)
    case time(Timestamp)
    case months(Int)
    case identifier(String)
    case list([Expr])
    /// `base.name`, or `base?.name` when `optional`.
    case member(Expr, name: String, optional: Bool)
    case index(Expr, Expr)
    /// `name(args)`, or `receiver.name(args)` (receiver is then the first argument).
    case call(name: String, args: [Expr], method: Bool)
    /// `collection.name(variable, body)` and `name(collection, variable, body)`.
    case comprehension(name: String, collection: Expr, variable: String, body: Expr)
    case unary(String, Expr)
    case binary(String, Expr, Expr)
    case conditional(Expr, Expr, Expr)
}

/// An expression node.
package struct Expr: Sendable {
    package let id: Int
    package let kind: ExprKind
    /// Offsets (Unicode scalars) of the node's first character and past its last.
    package let range: Range<Int>
    /// Offset diagnostics point at: the operator of a binary expression, the
    /// name of a member or call, otherwise the node's start.
    package let anchor: Int
    /// Nodes on the longest path from here to a leaf (a leaf is 1). Every phase
    /// after the parser recurses along the tree, so the parser refuses trees
    /// deeper than ``ExpressionLimits/maxDepth``.
    package var depth: Int = 1
}

extension ExprKind {
    /// The node's direct children.
    var children: [Expr] {
        switch self {
        case .number, .string, .bool, .null, .date, .time, .months, .identifier: return []
        case .list(let items): return items
        case .member(let base, _, _): return [base]
        case .index(let a, let b), .binary(_, let a, let b): return [a, b]
        case .call(_, let args, _): return args
        case .comprehension(_, let collection, _, let body): return [collection, body]
        case .unary(_, let a): return [a]
        case .conditional(let a, let b, let c): return [a, b, c]
        }
    }
}

/// Where an expression's text came from, so offsets inside it map to the file.
struct ExprSource: Sendable {
    let text: String
    /// Maps a scalar offset in `text` to a file location.
    let locate: @Sendable (Int) -> SourceLocation
    /// The text is a plain YAML scalar, which a comma in a flow mapping `{ … }` may have cut short.
    var plain = false
}
