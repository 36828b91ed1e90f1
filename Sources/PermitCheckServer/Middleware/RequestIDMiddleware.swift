import Foundation
import Hummingbird
import Logging

/// Gives every request an id: the client's `X-Request-ID` when it is short
/// printable ASCII, a fresh one otherwise. The id goes into every log line
/// of the request (`request_id`) and back to the client in the same header,
/// so a complaint can be matched with the server's logs. Also writes one
/// access-log line per request (method, path, status, milliseconds).
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let id = request.headers[.requestID].flatMap(Self.acceptable) ?? Self.fresh()
        context.requestID = id
        context.logger[metadataKey: "request_id"] = .string(id)
        let start = DispatchTime.now().uptimeNanoseconds
        var response = try await next(request, context)
        response.headers[.requestID] = id
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.uri.path),
            "status": .stringConvertible(response.status.code), "ms": .string(String(format: "%.2f", milliseconds)),
        ])
        return response
    }

    static func acceptable(_ value: String) -> String? {
        guard !value.isEmpty, value.utf8.count <= 128, value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        return value
    }

    static func fresh() -> String { UUID().uuidString.lowercased() }
}

/// A header field name (`HTTPField.Name`), reached through the type Hummingbird re-exports.
typealias HeaderName = HTTPFields.Element.Name

extension HTTPFields.Element.Name {
    /// `X-Request-ID`. The literal is a valid field name, so the fallback is never taken.
    static var requestID: HeaderName { HeaderName("X-Request-ID") ?? .via }
    /// `X-Submission-ID`: the audit-trail id of a check's decision.
    static var submissionID: HeaderName { HeaderName("X-Submission-ID") ?? .via }
}
