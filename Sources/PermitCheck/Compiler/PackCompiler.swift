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
    /// Parameter index → its values over time, for parameters whose value changes with the date.
    var paramSchedules: [Int: ParamSchedule] = [:]
    /// Documents the pack declares, by short name.
    var documents: [String: LegalDocument] = [:]
    var parser = CitationParser(kinds: [:])
    var coversFrom: LocalDate?

    init(schema: Schema = .filing) { self.schema = schema }

    static func compile(_ pack: PackSyntax, paramOwners: [String: String] = [:], files: PackFiles = .disk) -> (CompiledPack?, [Diagnostic]) {
        var compiler = PackCompiler()
        compiler.compileCoversFrom(pack.coversFrom)
        compiler.compileDocuments(pack.documents)
        compiler.compileParams(pack.params, owners: paramOwners, packName: pack.name)
        let rules = pack.rules.compactMap { compiler.compileRule($0) }
        guard !compiler.diagnostics.hasErrors else { return (nil, compiler.diagnostics.all) }
        var fixtures: [String: String] = [:]
        for f in pack.fixtures { fixtures[f.name] = f.path }
        let compiled = CompiledPack(
            name: pack.name, version: pack.version, description: pack.description, parameters: compiler.parameters,
            rules: rules, contentHash: Fingerprint.of(pack.sources.map(\.text)),
            documents: pack.documents.compactMap { compiler.documents[$0.id] }, coversFrom: compiler.coversFrom,
            paramValues: compiler.paramValues, paramSchedules: compiler.paramSchedules,
            fixtures: fixtures, sources: pack.sources, files: files)
        return (compiled, compiler.diagnostics.all)
    }

    /// Checks one expression in `scope`, recording diagnostics.
    mutating func check(_ syntax: ExprSyntax, _ scope: inout Scope) -> CheckedExpr {
        let (checked, found) = Checker.check(syntax.source, schema: schema, params: paramTable, scope: &scope)
        diagnostics.add(contentsOf: found)
        return checked
    }

    mutating func report(_ message: (String, LocalizedText), _ node: YAMLNode, _ severity: Diagnostic.Severity = .error) {
        var diagnostic = Diagnostic(message, at: node.location, length: node.scalar?.count ?? 1)
        diagnostic.severity = severity
        diagnostics.add(diagnostic)
    }
}
