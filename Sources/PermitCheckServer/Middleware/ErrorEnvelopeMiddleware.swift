import Hummingbird
import Logging

/// Turns every error thrown below it into the JSON error envelope.
///
/// ``APIError``s carry their own status and message; the framework's
/// `HTTPError`s (unknown route, body too large) are mapped to stable codes;
/// anything else is logged with the request id and answered with a generic
/// `500` — the error's text never reaches the client.
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let maxFilingBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response
        } catch let error as HTTPError {
            return Self.map(error, limit: maxFilingBytes).response
        } catch {
            context.logger.error("unhandled error", metadata: ["error": .string(String(reflecting: error))])
            return APIError.internalError.response
        }
    }

    static func map(_ error: HTTPError, limit: Int) -> APIError {
        switch error.status {
        case .notFound: return .routeNotFound
        case .contentTooLarge: return .tooLarge(limit)
        case .methodNotAllowed:
            return APIError(status: .methodNotAllowed, code: "route.method-not-allowed", message: .init(zh: "该接口不支持此方法", en: "method not allowed on this endpoint"))
        default:
            return APIError(status: error.status, code: "http.error", message: .init(zh: "请求无法处理（HTTP \(error.status.code)）", en: "the request cannot be handled (HTTP \(error.status.code))"))
        }
    }
}
