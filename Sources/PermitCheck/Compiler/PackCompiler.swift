/// Turns pack syntax (already merged with any base pack) into a
/// ``CompiledPack``: parameters evaluated, every expression checked against
/// the filing schema and lowered to evaluators. All diagnostics are
/// collected; the pack compiles only when there are no errors.
struct PackCompiler {
    let schema: Schema
    var diagnostics = DiagnosticSink()
    var paramTable: [String: (type: ValueType, index: Int)] = [:]
    var paramValues: [Value] = []
    var parameters: [Parameter] = []

    init(schema: Schema = .filing) { self.schema = schema }

    static func compile(_ pack: PackSyntax, paramOwners: [String: String] = [:], files: PackFiles = .disk) -> (CompiledPack?, [Diagnostic]) {
        var compiler = PackCompiler()
        compiler.compileParams(pack.params, owners: paramOwners, packName: pack.name)
        let rules = pack.rules.compactMap { compiler.compileRule($0) }
        guard !compiler.diagnostics.hasErrors else { return (nil, compiler.diagnostics.all) }
        var fixtures: [String: String] = [:]
        for f in pack.fixtures { fixtures[f.name] = f.path }
        let compiled = CompiledPack(
            name: pack.name, version: pack.version, description: pack.description, parameters: compiler.parameters,
            rules: rules, contentHash: Fingerprint.of(pack.sources.map(\.text)),
            paramValues: compiler.paramValues, fixtures: fixtures, sources: pack.sources, files: files)
        return (compiled, compiler.diagnostics.all)
    }

    mutating func compileParams(_ params: [ParamSyntax], owners: [String: String], packName: String) {
        for p in params {
            guard let node = p.value else {
                diagnostics.add(Diagnostic(CompilerMessages.paramWithoutValue(p.name), at: p.nameNode.location, length: p.name.count))
                continue
            }
            guard let (value, type) = Constant.evaluate(node, file: p.file) else {
                diagnostics.add(Diagnostic(CompilerMessages.paramNotLiteral(p.name), at: node.location, length: node.scalar?.count ?? 1))
                continue
            }
            paramTable[p.name] = (type, paramValues.count)
            paramValues.append(value)
            parameters.append(Parameter(
                name: p.name, valueText: node.scalar ?? ValueFormat.text(value, .en), type: type.description,
                doc: p.doc, source: p.source, status: p.status, setBy: owners[p.name] ?? packName))
        }
    }

    /// Checks one expression in `scope`, recording diagnostics.
    mutating func check(_ syntax: ExprSyntax, _ scope: inout Scope) -> CheckedExpr {
        let (checked, found) = Checker.check(syntax.source, schema: schema, params: paramTable, scope: &scope)
        diagnostics.add(contentsOf: found)
        return checked
    }

    mutating func report(_ message: (String, LocalizedText), _ node: YAMLNode) {
        diagnostics.add(Diagnostic(message, at: node.location, length: node.scalar?.count ?? 1))
    }
}
