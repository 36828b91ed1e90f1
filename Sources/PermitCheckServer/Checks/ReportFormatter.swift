import PermitCheck

/// Everything known about one check when its answer is written.
public struct CheckDecision: Sendable {
    /// The audit-trail id under which this exact answer is kept.
    public let submissionID: String
    public let receivedAt: String
    public let filing: Filing
    /// SHA-256 hex of the filing's bytes as received.
    public let filingSHA256: String
    public let report: Report
    public let pack: CompiledPack
    /// The `lang` the client asked for, if any; formats with one message per finding use it.
    public let language: Language?
}

/// The seam where output formats plug into `POST /v1/check`: one formatter
/// per `format=` value. The bytes it returns are the answer, and are what
/// the audit trail keeps and `GET /v1/submissions/{id}` gives back.
public protocol ReportFormatter: Sendable {
    /// `Content-Type` of the answer.
    var mediaType: String { get }
    func body(for decision: CheckDecision) -> [UInt8]
}

/// The formats `format=` may name: the library's ``ReportFormat`` list, each
/// through its ``ReportWriter``, but JSON, whose envelope (submission id,
/// engine, pack hash) is the service's own.
public enum ReportFormatters {
    /// A formatter for every report format, by its name.
    public static let available: [String: any ReportFormatter] = Dictionary(uniqueKeysWithValues: ReportFormat.allCases.map { format in
        (format.rawValue, formatter(format))
    })

    static func formatter(_ format: ReportFormat) -> any ReportFormatter {
        switch format {
        case .json: return JSONReportFormatter()
        default: return WriterReportFormatter(mediaType: format.mediaType) { d in format.writer(pack: d.pack, language: d.language ?? .zh) }
        }
    }
}

/// The report as JSON: submission, engine, pack (name, version, content hash),
/// filing (id, enterprise, SHA-256), findings, per-rule outcomes, evaluation errors,
/// and `notJudged` when registry lists were not loaded.
public struct JSONReportFormatter: ReportFormatter {
    public var mediaType: String { "application/json; charset=utf-8" }

    public init() {}

    public func body(for d: CheckDecision) -> [UInt8] {
        var o = JSONObject()
        o["submission"] = .string(d.submissionID)
        o["receivedAt"] = .string(d.receivedAt)
        o["engine"] = .object(["version": .string(PermitCheckVersion.engine)])
        o["pack"] = .object(["name": .string(d.pack.name), "version": .string(d.pack.version), "contentHash": .string(d.pack.contentHash)])
        o["filing"] = .object(["id": .string(d.filing.id), "enterprise": .string(d.report.enterprise), "sha256": .string(d.filingSHA256)])
        if let language = d.language { o["lang"] = .string(language.rawValue) }
        let report = d.report.json
        o["findings"] = report["findings"] ?? .array([])
        o["outcomes"] = report["outcomes"] ?? .array([])
        o["evaluationErrors"] = report["evaluationErrors"] ?? .array([])
        // Rules left unjudged for want of registry data (a service started without --registry).
        if let notJudged = report["notJudged"] { o["notJudged"] = notJudged }
        return JSONWriter().bytes(.object(o))
    }
}

/// Adapts any ``ReportWriter`` (a streaming or document writer of the CLI)
/// into a formatter: one `.checked` item, then `finish` with its summary.
public struct WriterReportFormatter: ReportFormatter {
    public let mediaType: String
    let make: @Sendable (CheckDecision) -> any ReportWriter

    public init(mediaType: String, make: @escaping @Sendable (CheckDecision) -> any ReportWriter) {
        self.mediaType = mediaType
        self.make = make
    }

    public func body(for d: CheckDecision) -> [UInt8] {
        var writer = make(d)
        let item = AuditItem.checked(filing: d.filing, report: d.report, source: .requestBody)
        var summary = AuditSummary(pack: d.pack)
        summary.add(item)
        let text = writer.add(item) + writer.finish(summary)
        return Array(text.utf8)
    }
}
