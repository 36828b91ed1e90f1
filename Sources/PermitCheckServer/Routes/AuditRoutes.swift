import Foundation
import Hummingbird
import PermitCheck

/// `/v1/audits`: JSON Lines in, checked in the background, progress and
/// findings out, cancellable.
enum AuditRoutes {
    /// Streams the body line by line into the audit's queue (never holding it
    /// whole), then answers `202` once the upload has ended; checking goes on.
    static func start(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        guard let identity = context.identity else { throw APIError.missingToken }
        let snapshot = s.packs.current
        let pack = try QueryOptions.pack(request.uri.queryParameters, in: snapshot)
        let record = AuditRecord(
            id: "a-" + UUID().uuidString.lowercased(), createdAt: Timestamps.now(), subject: identity.subject,
            scope: identity.scope.rawValue, requestID: context.requestID, packName: pack.name, packVersion: pack.version,
            packHash: pack.contentHash, engineVersion: PermitCheckVersion.engine, state: "receiving")
        let selection = try QueryOptions.selection(request.uri.queryParameters, in: pack)
        let encoding = try BodyEncoding(request.headers)
        let reader = BodyReader(s)
        let ticket = try reader.admit(identity, context)
        defer { s.uploads.leave(ticket) }
        let queue = try await s.audits.start(record, pack: pack.selecting(selection), registry: snapshot.registry)
        let id = record.id
        let upload = request.body
        let lineReader = LineReader(maxLineBytes: s.configuration.maxFilingBytes)
        do {
            let bound = InflatingBody.auditBound(maxFilingBytes: s.configuration.maxFilingBytes)
            let lines = try await reader.stream { clock in
                let deliver: (AuditLine) async throws -> Void = { line in
                    try await queue.push(line)
                    s.audits.received(id, lines: line.number)
                }
                switch encoding {
                case .identity: return try await lineReader.read(upload, clock: clock, into: deliver)
                case .gzip: return try await lineReader.read(InflatingBody(base: upload, bound: bound), clock: clock, into: deliver)
                }
            }
            try await s.audits.uploadFinished(id, lines: lines, queue: queue)
        } catch is AuditClosed {
            // Cancelled while the body was arriving: the audit keeps what it checked.
        } catch {
            context.logger.warning("audit upload broke off", metadata: ["audit": "\(id)", "error": "\(error)"])
            // Cut off by shutdown it was interrupted; a client that broke off or stalled failed it.
            let stopping = (error as? APIError)?.code == APIError.shuttingDown.code
            _ = try? await s.trail.setState(id, to: stopping ? "interrupted" : "failed", from: ["receiving"], lines: s.audits.receivedLines(id))
            _ = await s.audits.cancel(id)
            throw error
        }
        guard let current = try await s.trail.audit(id: id) else { throw APIError.internalError }
        let body = JSONWriter().bytes(statusJSON(current, received: s.audits.receivedLines(id)))
        try await s.trail.setResponse(id, body)
        var response = Response.body(body, status: .accepted, contentType: "application/json; charset=utf-8")
        response.headers[.location] = "/v1/audits/\(id)"
        return response
    }

    static func status(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        let record = try await existing(context, s)
        return .json(statusJSON(record, received: s.audits.receivedLines(record.id)))
    }

    /// Cancels a running audit and answers its final state; a finished one is `409`.
    static func cancel(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        let record = try await existing(context, s)
        guard await s.audits.cancel(record.id) else {
            throw record.isTerminal ? APIError.auditFinished : APIError.internalError
        }
        guard let final = try await s.trail.audit(id: record.id) else { throw APIError.internalError }
        return .json(statusJSON(final, received: nil))
    }

    /// Findings and input-error records as JSON Lines, in input order, read
    /// from the audit trail page by page; follows a running audit to its end.
    static func findings(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        let record = try await existing(context, s)
        let trail = s.trail
        let audits = s.audits
        let body = ResponseBody { writer in
            var after = 0
            while true {
                let page = try await trail.itemBodies(auditID: record.id, after: after, limit: 256)
                for item in page where !item.body.isEmpty { try await writer.write(ByteBuffer(bytes: item.body)) }
                if let last = page.last { after = last.seq; continue }
                // Stop at a final state, or when no worker here will ever move it on.
                guard let now = try await trail.audit(id: record.id), !now.isTerminal, audits.isLive(record.id) else { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8"], body: body)
    }

    private static func existing(_ context: AppRequestContext, _ s: ServerServices) async throws -> AuditRecord {
        let id = try context.parameters.require("id")
        guard let record = try await s.trail.audit(id: id) else { throw APIError.notFound(LocalizedText(zh: "审计 \(id)", en: "audit \(id)")) }
        return record
    }

    static func statusJSON(_ a: AuditRecord, received: Int?) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(a.id)
        o["state"] = .string(a.state)
        o["createdAt"] = .string(a.createdAt)
        if let finished = a.finishedAt { o["finishedAt"] = .string(finished) }
        o["subject"] = .string(a.subject)
        o["engine"] = .object(["version": .string(a.engineVersion)])
        o["pack"] = .object(["name": .string(a.packName), "version": .string(a.packVersion), "contentHash": .string(a.packHash)])
        o["progress"] = .object([
            "linesReceived": .number(Double(received ?? a.lines)),
            "processed": .number(Double(a.filings + a.inputErrors)),
            "filings": .number(Double(a.filings)),
            "inputErrors": .number(Double(a.inputErrors)),
            "findings": .number(Double(a.findings)),
        ])
        o["links"] = .object(["self": .string("/v1/audits/\(a.id)"), "findings": .string("/v1/audits/\(a.id)/findings")])
        return .object(o)
    }
}
