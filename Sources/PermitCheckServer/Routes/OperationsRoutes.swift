import Foundation
import Hummingbird
import PermitCheck

/// Health, readiness, metrics, the OpenAPI document, and pack reloads.
enum OperationsRoutes {
    /// The process is up and answering.
    static func health(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        .json(.object(["status": .string("ok")]))
    }

    /// Packs are loaded and the audit trail answers: safe to send traffic.
    static func ready(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        let snapshot = s.packs.current
        guard !snapshot.packs.isEmpty, await s.trail.isReachable() else { throw APIError.notReady }
        return .json(.object(["status": .string("ready"), "packs": .array(snapshot.packs.map { .string($0.reference) })]))
    }

    static func metrics(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        .body(s.metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    static func openAPI(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        .body(OpenAPIDocument.bytes, contentType: "application/json; charset=utf-8")
    }

    /// Recompiles every pack; a failure is `422` with its diagnostics and the old packs keep serving.
    static func reload(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        do throws(ReloadFailure) {
            let snapshot = try s.packs.reload(logger: context.logger)
            return .json(.object([
                "generation": .number(Double(snapshot.generation)),
                "packs": .array(snapshot.packs.map { .object(CatalogRoutes.packJSON($0)) }),
            ]))
        } catch {
            throw error.apiError
        }
    }
}
