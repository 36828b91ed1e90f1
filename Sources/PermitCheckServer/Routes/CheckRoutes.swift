import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore
import PermitCheck

/// `POST /v1/check` and `GET /v1/submissions/{id}`: one filing in, one
/// recorded decision out, and that decision given back byte for byte later.
enum CheckRoutes {
    static func check(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        guard let identity = context.identity else { throw APIError.missingToken }
        let query = request.uri.queryParameters
        let format = query["format"].map(String.init) ?? "json"
        guard let formatter = ReportFormatters.available[format] else {
            throw APIError.badQuery("format", format, allowed: ReportFormatters.available.keys.sorted())
        }
        let language = try QueryOptions.language(query)
        let snapshot = s.packs.current
        let pack = try QueryOptions.pack(query, in: snapshot)

        // The whole body first, then a slot: a slow sender must not hold one.
        let bytes = try await BodyReader(s).filing(request, identity: identity, context: context)
        guard !bytes.isEmpty else { throw APIError.emptyBody }
        guard s.checkLimiter.tryAcquire() else {
            throw APIError.saturated(LocalizedText(zh: "同时进行的检查已达上限，请稍后重试", en: "too many checks in flight; retry later"), retryAfter: s.configuration.retryAfterSeconds)
        }
        s.metrics.checksInFlight.increment()
        defer {
            s.checkLimiter.release()
            s.metrics.checksInFlight.decrement()
        }

        let checker = ItemChecker(engine: Engine(pack: pack.selecting(try QueryOptions.selection(query, in: pack))), registry: snapshot.registry)
        let filing: Filing
        switch checker.decode(BatchItem(source: ItemSource.requestBody.path, line: nil, content: .document(bytes))) {
        case .filing(let decoded): filing = decoded
        case .inputError(let record): throw APIError.malformedFiling(record.problems)
        }
        if identity.scope == .enterprise && !filing.enterprise.uscc.hasSameBytes(as: identity.uscc ?? "") { throw APIError.otherEnterprise }

        let report = checker.report(filing)
        let decision = CheckDecision(
            submissionID: "s-" + UUID().uuidString.lowercased(), receivedAt: Timestamps.now(), filing: filing,
            filingSHA256: TokenHash.hex(bytes: bytes), report: report, pack: pack, language: language)
        let body = formatter.body(for: decision)
        try await record(decision, body: body, mediaType: formatter.mediaType, identity: identity, context: context, services: s)
        for severity in Severity.allCases {
            s.metrics.recordFindings(severity: severity.rawValue, count: report.findings.count { $0.severity == severity })
        }
        var response = Response.body(body, contentType: formatter.mediaType)
        response.headers[.submissionID] = decision.submissionID
        if let language { response.headers[.contentLanguage] = language.rawValue }
        return response
    }

    /// Writes the decision to the audit trail; no answer leaves before this
    /// commits, and a failed write is `503` with no decision in it.
    static func record(_ d: CheckDecision, body: [UInt8], mediaType: String, identity: Identity, context: AppRequestContext, services s: ServerServices) async throws {
        let record = SubmissionRecord(
            id: d.submissionID, receivedAt: d.receivedAt, subject: identity.subject, scope: identity.scope.rawValue,
            requestID: context.requestID, enterprise: d.filing.enterprise.uscc, filingID: d.filing.id, filingSHA256: d.filingSHA256,
            packName: d.pack.name, packVersion: d.pack.version, packHash: d.pack.contentHash, engineVersion: PermitCheckVersion.engine,
            findings: d.report.findings.count, status: 200, contentType: mediaType, body: body)
        do { try await s.trail.insert(record) } catch {
            context.logger.error("audit trail write failed", metadata: ["error": "\(error)"])
            throw APIError.storageFailed(retryAfter: s.configuration.retryAfterSeconds)
        }
    }

    static func submission(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        guard let identity = context.identity else { throw APIError.missingToken }
        let id = try context.parameters.require("id")
        guard let record = try await s.trail.submission(id: id) else { throw APIError.notFound(LocalizedText(zh: "提交记录 \(id)", en: "submission \(id)")) }
        guard identity.mayRead(enterprise: record.enterprise) else { throw APIError.otherSubmission }
        var response = Response.body(record.body, contentType: record.contentType)
        response.headers[.submissionID] = record.id
        return response
    }
}

/// Reading the query options shared by several routes.
enum QueryOptions {
    static func language(_ query: FlatDictionary<Substring, Substring>) throws(APIError) -> Language? {
        guard let text = query["lang"] else { return nil }
        guard let language = Language(rawValue: String(text)) else { throw .badQuery("lang", String(text), allowed: Language.allCases.map(\.rawValue)) }
        return language
    }

    /// `rule=` and `family=` (each repeatable): the rules to run, as `--rule` and
    /// `--family` do. A name the pack does not have is a bad query, not an empty check.
    static func selection(_ query: FlatDictionary<Substring, Substring>, in pack: CompiledPack) throws(APIError) -> RuleSelection {
        let selection = RuleSelection(rules: query.getAll("rule").map { String($0) }, families: query.getAll("family").map { String($0) })
        // Ids match ignoring case where only one does, as on the command line.
        do { return try selection.resolved(in: pack) } catch {
            switch error.kind {
            case .rule: throw .badQuery("rule", error.name, allowed: pack.rules.map(\.id))
            case .family: throw .badQuery("family", error.name, allowed: pack.families)
            }
        }
    }

    static func pack(_ query: FlatDictionary<Substring, Substring>, in snapshot: PackSnapshot) throws(APIError) -> CompiledPack {
        let name = query["pack"].map(String.init)
        guard let pack = snapshot.pack(named: name) else { throw .unknownPack(name ?? snapshot.defaultPack, loaded: snapshot.names) }
        return pack
    }
}
