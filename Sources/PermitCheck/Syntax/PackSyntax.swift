/// A rule pack as written: the YAML read into named parts, nothing resolved.
///
/// Every part keeps the ``YAMLNode`` it came from, so later phases can point
/// diagnostics at the exact key, value or offset inside an expression.
struct PackSyntax: Sendable {
    var name: String
    var version: String
    var description: LocalizedText?
    /// Path of the pack this one extends, as written, and the node naming it.
    var extends: (path: String, node: YAMLNode)?
    var params: [ParamSyntax]
    /// Documents the pack's rules may cite, with their ranges.
    var documents: [DocumentSyntax] = []
    /// First date the pack claims to judge: parameters need a value, and rules
    /// with a basis an entry in force, on every date from it.
    var coversFrom: YAMLNode?
    var disable: [(id: String, node: YAMLNode)]
    var rules: [RuleSyntax]
    /// Test cases given at pack level for rules by id: in a local pack they
    /// replace the cases of a base rule (whose expectations may depend on a
    /// parameter the local pack overrides); otherwise they are added.
    var ruleTests: [(id: String, node: YAMLNode, cases: [TestCaseSyntax])] = []
    /// Named test filings: name → path (already joined to the declaring pack's folder).
    var fixtures: [(name: String, path: String, node: YAMLNode)]
    var sources: [SourceFile]
    /// Folder the pack's relative paths start from.
    var directory: String
}

/// A parameter declaration or override.
struct ParamSyntax: Sendable {
    var name: String
    var nameNode: YAMLNode
    /// The value node (a scalar literal, a list or a mapping for tables); `nil` in an override without value.
    var value: YAMLNode?
    /// Effective-dated values (`values:`), instead of one `value`.
    var values: [DatedValueSyntax]?
    /// Table rows with keys and optional dates (`rows:`), instead of a mapping `value`.
    var rows: [DatedValueSyntax]?
    /// Why the parameter no longer exists; setting or reading it is an error.
    var retired: String?
    var doc: LocalizedText?
    var source: String?
    var status: ParamStatus?
    var file: SourceFile
}

/// An expression as written: its text and where it lives.
struct ExprSyntax: Sendable {
    var node: YAMLNode
    var file: SourceFile

    var text: String { node.scalar ?? "" }

    var source: ExprSource {
        let map = ScalarMap(node: node, source: file)
        var source = ExprSource(text: text, locate: { map.location(ofOffset: $0) })
        if case .scalar(_, .plain) = node.kind { source.plain = true }
        return source
    }
}

/// A message with `{expression}` interpolations, in both languages.
struct MessageSyntax: Sendable {
    var zh: ExprTemplate
    var en: ExprTemplate
}

/// A text with `{expression}` holes; `{{` and `}}` are literal braces.
struct ExprTemplate: Sendable {
    var node: YAMLNode
    var file: SourceFile
}

/// One rule as written.
struct RuleSyntax: Sendable {
    var id: String
    var idNode: YAMLNode
    var node: YAMLNode
    var family: String
    var severity: ExprSyntax
    var title: LocalizedText
    var message: MessageSyntax?
    var basis: [BasisSyntax]
    /// The act-date family (`hours`, `events`, `state`, …) and its node.
    var acts: (text: String, node: YAMLNode)?
    /// The finding's act dates, for families that need them.
    var actDates: ExprSyntax?
    /// The subject's medium (`air`, `water`), for entries limited to one.
    var medium: ExprSyntax?
    /// The first date the rule judges (`HW-UNCONFIRMED`: 2022-01-01).
    var appliesFrom: YAMLNode?
    var doc: LocalizedText?
    /// Subject bindings in order: each ranges over a list (or a single optional object).
    var bindings: [(name: String, expr: ExprSyntax)]
    /// A field path appended to the subject's pointer (`at: uscc` → `/enterprise/uscc`).
    var at: String?
    var lets: [(name: String, expr: ExprSyntax)]
    /// Names of `for` and `let` entries whose value is not an expression
    /// (already reported): their uses are not reported again.
    var unreadable: [String] = []
    var when: ExprSyntax
    var evidence: [(name: String, expr: ExprSyntax)]
    var tests: [TestCaseSyntax]
    var file: SourceFile
    /// Folder of the pack that declared the rule (test files are relative to it).
    var directory = ""
}

/// One finding a test case expects: its subject, and optionally its severity,
/// a subset of its evidence, its act dates and the entries it cites.
struct ExpectedFinding: Sendable {
    var subject: String
    var severity: String?
    var evidence: YAMLNode?
    /// `{ from: 2026-08-10, to: 2026-08-20 }`, compared exactly.
    var acts: YAMLNode?
    /// Basis entries as a rule writes them (`[条例 17、34(一), 法典 1107]`): the
    /// finding must cite exactly these, in this order.
    var cites: [BasisSyntax]?
}

/// A rule's test case: a filing and the findings expected of this rule.
struct TestCaseSyntax: Sendable {
    var name: String
    var node: YAMLNode
    /// Inline filing (YAML mapping), or `nil` when `file` or `base` is used.
    var filing: YAMLNode?
    var file: String?
    var base: String?
    var patch: YAMLNode?
    var registry: YAMLNode?
    var registryFile: String?
    /// Folder the case's file paths are relative to (its pack's folder).
    var directory = ""
    /// Expected findings: subject pointer, optionally the severity and a subset of evidence.
    var expect: [ExpectedFinding]
    /// An outcome the rule must have on this filing besides its findings
    /// (`passed`, `not-applicable`, `insufficient-data`).
    var outcome: String?
    var sourceFile: SourceFile
}
