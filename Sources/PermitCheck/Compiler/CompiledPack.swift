/// A checked and compiled rule pack: immutable, `Sendable`, shared by every
/// thread that checks filings. Build one with ``RulePack``.
public struct CompiledPack: Sendable {
    public let name: String
    public let version: String
    public let description: LocalizedText?
    /// Every parameter after overrides, in declaration order.
    public let parameters: [Parameter]
    /// Rules in pack order (base pack's first).
    public let rules: [CompiledRule]
    /// FNV-1a of every source file the pack was built from, base packs included.
    public let contentHash: String
    /// Documents the pack's rules may cite, in declaration order.
    public let documents: [LegalDocument]
    /// First date the pack judges (parameters and bases are complete from it on).
    public let coversFrom: LocalDate?
    let paramValues: [Value]
    /// Parameter index → its values over time (only parameters that change with the date).
    let paramSchedules: [Int: ParamSchedule]
    /// Named test filings: name → path, per pack folder.
    let fixtures: [String: String]
    let sources: [SourceFile]
    /// Where test fixtures are read from (the disk, or the bundle).
    let files: PackFiles
    /// What compiled but deserves the author's eye (`lint` prints them).
    public internal(set) var warnings: [Diagnostic] = []
    /// The pack's source files, for rendering its warnings.
    public var sourceFiles: [SourceFile] { sources }

    /// `name@version`, as findings name the pack.
    public var reference: String { "\(name)@\(version)" }

    /// The rule with `id`.
    public func rule(_ id: String) -> CompiledRule? { rules.first { $0.id == id } }

    /// The same pack with only the rules named (in pack order): evaluation
    /// skips the others entirely, for benchmarks and narrow audits.
    public func restricted(to ids: Set<String>) -> CompiledPack {
        CompiledPack(
            name: name, version: version, description: description, parameters: parameters,
            rules: rules.filter { ids.contains($0.id) }, contentHash: contentHash,
            documents: documents, coversFrom: coversFrom,
            paramValues: paramValues, paramSchedules: paramSchedules, fixtures: fixtures, sources: sources, files: files)
    }
}

/// A pack parameter with its provenance.
public struct Parameter: Sendable {
    public let name: String
    /// The value as written in the pack (after overrides).
    public let valueText: String
    public let type: String
    public let doc: LocalizedText?
    public let source: String?
    public let status: ParamStatus?
    /// Name of the pack that set the value.
    public let setBy: String
    /// Every value (or table row) with its dates, source and status, as written.
    public let values: [ParameterValue]
}

/// One value of a parameter, or one row of a table, with the dates it is in force.
public struct ParameterValue: Sendable {
    /// The row's key (tables only).
    public let key: String?
    public let valueText: String
    public let from: LocalDate?
    public let until: LocalDate?
    public let source: String?
    public let status: ParamStatus?
    /// The value itself, for findings that rest on it.
    let value: Value

    /// Whether the value is in force on `date`.
    func inForce(on date: LocalDate) -> Bool { DateRange(from: from, until: until).contains(date) }
}

/// One compiled rule.
public struct CompiledRule: Sendable {
    public let id: String
    public let family: String
    public let title: LocalizedText
    /// Basis entries in the rule's order, each with its document's range.
    public let basis: [BasisEntry]
    /// Which dates the findings' acts are.
    public let acts: ActFamily
    /// The first date the rule judges, when later than the pack's.
    public let appliesFrom: LocalDate?
    public let doc: LocalizedText?
    /// The fixed severity, or `nil` when an expression chooses it.
    public let fixedSeverity: Severity?
    /// The severity as written (a word or an expression), for documentation.
    public let severityText: String
    /// Parameter names the rule reads, for documentation.
    public let parameterNames: [String]

    let severity: Evaluator?
    let bindings: [(name: String, slot: Int, eval: Evaluator)]
    /// Pointer suffix for the subject, already escaped (`/uscc`).
    let at: String
    let lets: [(name: String, slot: Int, eval: Evaluator)]
    let when: Evaluator
    /// The finding's act dates (families that need them).
    let actDates: Evaluator?
    /// The subject's medium, for entries limited to one.
    let medium: Evaluator?
    /// Indices of the dated parameters the rule reads (resolved per rule run).
    let datedParams: [Int]
    let evidence: [(name: String, eval: Evaluator)]
    let message: (zh: [TemplatePart], en: [TemplatePart])?
    /// Which reads record themselves in the subject's trace, and what its bits mean.
    let tracing: ParamTracing
    let slotCount: Int
    let tests: [TestCaseSyntax]
    let directory: String
    /// Checked expressions by role (`for.x`, `let.x`, `when`, `evidence.x`), for `dump` and `explain`.
    let checked: [(role: String, expr: CheckedExpr)]
}

/// A piece of a message template.
enum TemplatePart: Sendable {
    case text(String)
    case value(Evaluator)
}
