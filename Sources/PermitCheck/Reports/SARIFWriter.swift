/// SARIF 2.1.0 (OASIS) for code-scanning dashboards: one run whose
/// `tool.driver.rules` is the whole pack and whose results are the findings.
///
/// Findings point into filings, not into source lines, so each result carries
/// a logical location `<filing id>#<JSON Pointer>` and, when the item was
/// read from a file (its ``ItemSource`` path is not empty), that file as its
/// physical location.
/// Input errors are tool execution notifications (they are not results: no
/// rule was broken), and so are evaluation errors, tied to their rule.
/// `partialFingerprints["permitcheck/v1"]` is the finding's fingerprint, so
/// dashboards track a finding across audits.
public struct SARIFWriter: ReportWriter {
    /// Language of messages and labels.
    public var language: Language
    private let pack: CompiledPack
    private let ruleIndex: [String: Int]
    private var results: [JSONValue] = []
    private var notifications: [JSONValue] = []

    /// A writer for `pack`'s findings, with messages in `language`.
    public init(pack: CompiledPack, language: Language) {
        self.pack = pack; self.language = language
        var index: [String: Int] = [:]
        for (k, rule) in pack.rules.enumerated() where index[rule.id] == nil { index[rule.id] = k }
        self.ruleIndex = index
    }

    /// The SARIF log of one report, for the HTTP service.
    public static func document(pack: CompiledPack, language: Language, report: Report, source: String? = nil) -> JSONValue {
        var writer = SARIFWriter(pack: pack, language: language)
        writer.add(report, enterpriseName: nil, source: source ?? "")
        return writer.log()
    }

    /// Keeps the item's results or notifications; writes nothing yet.
    public mutating func add(_ item: AuditItem) -> String {
        switch item {
        case .checked(let filing, let report, let source):
            add(report, enterpriseName: filing.enterprise.name, source: source.path, firstLine: source.line ?? 1)
        case .inputError(let record): notifications += record.problems.filter { $0.severity == .error }.map { notification(record, $0) }
        }
        return ""
    }

    /// The whole log, pretty-printed.
    public mutating func finish(_ summary: AuditSummary) -> String {
        JSONWriter(pretty: true).string(log()) + "\n"
    }

    /// `source` is the file the filing was read from; empty when it was not a
    /// file. `firstLine` is the file line the document starts on (its line in JSON Lines).
    mutating func add(_ report: Report, enterpriseName: String?, source: String, firstLine: Int = 1) {
        let uri = source.isEmpty ? nil : Self.uri(source)
        for f in report.findings {
            let region = report.positions[f.subject].map { TextPosition(line: firstLine + $0.line - 1, column: $0.column) }
            results.append(result(f, uri: uri, region: region, enterpriseName: enterpriseName))
        }
        for e in report.failures { notifications.append(notification(e, uri: uri)) }
    }

    func log() -> JSONValue {
        var driver = JSONObject()
        driver["name"] = "permitcheck"
        driver["version"] = .string(PermitCheckVersion.engine)
        driver["semanticVersion"] = .string(PermitCheckVersion.engine)
        driver["rules"] = .array(pack.rules.map { SARIFRules.descriptor($0, pack: pack) })
        var run = JSONObject()
        run["tool"] = .object(["driver": .object(driver)])
        run["invocations"] = .array([.object([
            "executionSuccessful": true, "toolExecutionNotifications": .array(notifications),
        ])])
        run["results"] = .array(results)
        run["columnKind"] = "unicodeCodePoints"
        run["properties"] = .object(["pack": .string(pack.reference), "packHash": .string(pack.contentHash)])
        return .object([
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": .array([.object(run)]),
        ])
    }

    private func result(_ f: Finding, uri: String?, region: TextPosition?, enterpriseName: String?) -> JSONValue {
        var o = JSONObject()
        o["ruleId"] = .string(f.rule)
        if let index = ruleIndex[f.rule] { o["ruleIndex"] = .number(Double(index)) }
        o["level"] = .string(SARIFRules.level(f.severity))
        o["message"] = .object(["text": .string(f.message.text(language))])
        o["locations"] = .array([location(filing: f.filing, pointer: f.subject, uri: uri, region: region)])
        o["partialFingerprints"] = .object(["permitcheck/v1": .string(f.fingerprint)])
        var p = JSONObject()
        p["severity"] = .string(f.severity.rawValue)
        p["family"] = .string(f.family)
        p["message"] = .object(["zh": .string(f.message.zh), "en": .string(f.message.en)])
        p["evidence"] = .object(f.evidence)
        p["acts"] = f.acts.json
        p["basis"] = .array(f.basis.map(\.json))
        p["filing"] = .string(f.filing)
        p["enterprise"] = .string(f.enterprise)
        if let enterpriseName { p["enterpriseName"] = .string(enterpriseName) }
        p["subject"] = .string(f.subject)
        o["properties"] = .object(p)
        return .object(o)
    }

    /// A logical location `<filing>#<pointer>` and, for a file, the file and
    /// (when the subject was located) the line and column where its value starts.
    private func location(filing: String, pointer: String, uri: String?, region: TextPosition? = nil) -> JSONValue {
        var o = JSONObject()
        if let uri {
            var physical: JSONObject = ["artifactLocation": .object(["uri": .string(uri)])]
            if let region {
                physical["region"] = .object(["startLine": .number(Double(region.line)), "startColumn": .number(Double(region.column))])
            }
            o["physicalLocation"] = .object(physical)
        }
        o["logicalLocations"] = .array([.object([
            "name": .string(pointer.split(separator: "/").last.map(String.init) ?? filing),
            "fullyQualifiedName": .string("\(filing)#\(pointer)"), "kind": "object",
        ])])
        return .object(o)
    }

    private func notification(_ record: InputErrorRecord, _ p: InputProblem) -> JSONValue {
        var physical: JSONObject = ["artifactLocation": .object(["uri": .string(Self.uri(record.source))])]
        let line = ReportText.fileLine(p, in: record)
        if line > 0 {
            var region: JSONObject = ["startLine": .number(Double(line))]
            if p.column > 0 { region["startColumn"] = .number(Double(p.column)) }
            physical["region"] = .object(region)
        }
        var properties: JSONObject = ["code": .string(p.code), "pointer": .string(p.pointer),
                                      "message": .object(["zh": .string(p.message.zh), "en": .string(p.message.en)])]
        if let filing = record.filing { properties["filing"] = .string(filing) }
        return .object([
            "level": "error", "message": .object(["text": .string(p.message.text(language))]),
            "descriptor": .object(["id": .string(p.code)]),
            "locations": .array([.object(["physicalLocation": .object(physical)])]),
            "properties": .object(properties),
        ])
    }

    private func notification(_ e: EvaluationFailure, uri: String?) -> JSONValue {
        var rule: JSONObject = ["id": .string(e.rule)]
        if let index = ruleIndex[e.rule] { rule["index"] = .number(Double(index)) }
        return .object([
            "level": "error", "message": .object(["text": .string(e.message.text(language))]),
            "associatedRule": .object(rule),
            "locations": .array([location(filing: e.filing, pointer: e.subject ?? "", uri: uri)]),
            "properties": .object(["filing": .string(e.filing), "evaluationError": true]),
        ])
    }

    /// A path as a relative or absolute URI reference: bytes other than
    /// RFC 3986 unreserved characters and `/` are percent-encoded.
    static func uri(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in path.utf8 {
            let unreserved = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x2E
                || b == 0x5F || b == 0x7E || b == 0x2F
            if unreserved { out.append(b) } else { out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
