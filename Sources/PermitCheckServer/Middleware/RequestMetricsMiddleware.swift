import Dispatch
import Hummingbird

/// Counts requests and times them by route template, method and status.
///
/// Sits outside ``ErrorEnvelopeMiddleware`` so error answers are counted
/// with their real status. The route label is the matched template
/// (`/v1/audits/{id}`), never the raw path, so ids cannot explode the series.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        metrics.recordRequest(route: route, method: request.method.rawValue, status: response.status.code, nanoseconds: elapsed)
        return response
    }
}
