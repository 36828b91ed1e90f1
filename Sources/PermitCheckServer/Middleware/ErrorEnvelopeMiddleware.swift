import Hummingbird
import Logging

/// Turns every error thrown below it into the JSON error envelope.
///
/// ``APIError``s carry their own status and message; the framework's
/// `HTTPError`s (unknown route, body too large) are mapped to stable codes;
/// anything else is logged with the request id and answered with a generic
/// `500` — the error's text never reaches the client.
///
/// An error answer to a request that carries a body also closes the
/// connection (`Connection: close`, see ``ConnectionCloseHandler``): the
/// body may not have been read, and reading it only to throw it away would
/// let a refused client keep the server busy.
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let maxFilingBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            return try await next(request, context)
        } catch let error as APIError {
            response = error.response
        } catch let error as HTTPError {
            response = Self.map(error, limit: maxFilingBytes).response
        } catch {
            context.logger.error("unhandled error", metadata: ["error": .string(String(reflecting: error))])
            response = APIError.internalError.response
        }
        if Self.carriesBody(request) { response.headers[.connection] = "close" }
        return response
    }

    /// A declared non-empty body, or a chunked one.
    static func carriesBody(_ request: Request) -> Bool {
        if request.headers[.transferEncoding] != nil { return true }
        guard let length = request.headers[.contentLength] else { return false }
        return length != "0"
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
