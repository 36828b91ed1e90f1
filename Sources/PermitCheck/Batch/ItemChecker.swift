/// The one step from a batch item to an audit item, shared by every face:
/// the CLI's `check` and `audit`, the service's `POST /v1/check` and its
/// audit worker. Decode the item in its format; a document that cannot be
/// read becomes the input-error record that stands for it (so nothing in a
/// batch is lost); a filing is checked against the engine's pack.
public struct ItemChecker: Sendable {
    public var engine: Engine
    public var registry: Registry
    /// Whether reports carry the line and column of each finding's subject
    /// (``Report/positions``): a second, partial walk of the document, paid
    /// only by filings with findings and only when a format shows positions.
    public var locateSubjects: Bool

    public init(engine: Engine, registry: Registry = .empty, locateSubjects: Bool = false) {
        self.engine = engine
        self.registry = registry
        self.locateSubjects = locateSubjects
    }

    /// An item after decoding: a filing, or the input-error record standing for it.
    public enum Reading: Sendable {
        case filing(Filing)
        case inputError(InputErrorRecord)
    }

    /// The item decoded in its format, or the input-error record standing for it.
    public func decode(_ item: BatchItem) -> Reading {
        let decoded = item.decodeFiling()
        guard let filing = decoded.value else {
            var filingID: String?
            if case .document(let bytes) = item.content { filingID = item.format.filingID(bytes) }
            return .inputError(InputErrorRecord(filing: filingID, source: item.source, line: item.line, problems: decoded.problems))
        }
        return .filing(filing)
    }

    /// The report on a decoded filing.
    public func report(_ filing: Filing) -> Report { engine.check(filing, registry: registry) }

    /// Checks a decoded filing read from `source`.
    public func check(_ filing: Filing, source: ItemSource) -> AuditItem {
        .checked(filing: filing, report: report(filing), source: source)
    }

    /// Decodes and checks one item.
    public func callAsFunction(_ item: BatchItem) -> AuditItem {
        switch decode(item) {
        case .filing(let filing):
            var report = report(filing)
            if locateSubjects, !report.findings.isEmpty, case .document(let bytes) = item.content {
                report.positions = item.format.positions(of: report.findings.map(\.subject), in: bytes)
            }
            return .checked(filing: filing, report: report, source: item.origin)
        case .inputError(let record): return .inputError(record)
        }
    }
}
