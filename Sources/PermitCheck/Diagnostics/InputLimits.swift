/// The bounds every phase of reading a rule pack keeps, so that no input —
/// hostile or careless — can exhaust the stack or memory.
///
/// Each phase after parsing (checking, compiling, evaluating, explaining)
/// recurses along the trees that reading builds, so bounding the trees where
/// they are built bounds every later phase. Exceeding a bound is a located
/// diagnostic with the code `limit.depth` or `limit.size`, never a crash.
/// Filings and registries are JSON and bounded by the JSON reader
/// (`JSONReader.maxDepth`) and by ``documentBytes``.
public enum InputLimits {
    /// Bytes of one document in a batch: a `.json` file, or one line of JSON
    /// Lines or standard input (the default of `--max-document-bytes`). A
    /// larger one is an `input.too-large` record and the batch goes on.
    public static let documentBytes = 256 << 20
    /// Bytes of one pack or test YAML file.
    public static let yamlBytes = 8 << 20
    /// Nesting of YAML collections, counting what aliases bring in.
    public static let yamlDepth = 100
    /// Nodes of one YAML document after alias expansion ("billion laughs").
    public static let yamlNodes = 250_000
    /// Unicode scalars of one expression.
    public static let expressionLength = 100_000
    /// Nodes on the longest path of an expression's tree: brackets, prefix
    /// operators, and the terms of a flat chain such as `a + b + c` (a chain
    /// of n terms is n levels deep).
    public static let expressionDepth = 128
    /// Nodes of one expression's tree.
    public static let expressionNodes = 10_000
    /// Syntax errors reported for one expression: the parser recovers and
    /// reads on after each, and text of nothing but mistakes must not turn
    /// into one diagnostic per character.
    public static let expressionErrors = 20
}
