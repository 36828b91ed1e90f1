import Hummingbird

/// The single list of endpoints. The router registers exactly these, and
/// `OpenAPITests` checks each method, path and status against `openapi.json`.
enum RouteTable {
    static let routes: [Route] = [
        Route(method: .post, path: "/v1/check", access: Route.anyToken, statuses: [200, 400, 408, 413, 415, 429, 503], handler: CheckRoutes.check),
        Route(method: .get, path: "/v1/submissions/{id}", access: Route.anyToken, statuses: [200, 404], handler: CheckRoutes.submission),
        Route(method: .post, path: "/v1/audits", access: Route.auditors, statuses: [202, 400, 408, 413, 415, 429, 503], handler: AuditRoutes.start),
        Route(method: .get, path: "/v1/audits/{id}", access: Route.auditors, statuses: [200, 404], handler: AuditRoutes.status),
        Route(method: .delete, path: "/v1/audits/{id}", access: Route.auditors, statuses: [200, 404, 409], handler: AuditRoutes.cancel),
        Route(method: .get, path: "/v1/audits/{id}/findings", access: Route.auditors, statuses: [200, 404], handler: AuditRoutes.findings),
        Route(method: .get, path: "/v1/packs", access: Route.anyToken, statuses: [200], handler: CatalogRoutes.packs),
        Route(method: .get, path: "/v1/rules", access: Route.anyToken, statuses: [200, 400], handler: CatalogRoutes.rules),
        Route(method: .get, path: "/v1/rules/{id}", access: Route.anyToken, statuses: [200, 400, 404], handler: CatalogRoutes.rule),
        Route(method: .post, path: "/v1/admin/reload", access: .scopes([.admin]), statuses: [200, 422], handler: OperationsRoutes.reload),
        Route(method: .get, path: "/healthz", access: .open, statuses: [200], handler: OperationsRoutes.health),
        Route(method: .get, path: "/readyz", access: .open, statuses: [200, 503], handler: OperationsRoutes.ready),
        Route(method: .get, path: "/metrics", access: .open, statuses: [200], handler: OperationsRoutes.metrics),
        Route(method: .get, path: "/openapi.json", access: .open, statuses: [200], handler: OperationsRoutes.openAPI),
    ]
}
