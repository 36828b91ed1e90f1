import Hummingbird

/// One endpoint: method, path template (OpenAPI syntax, `{id}`), who may call
/// it, the statuses it can answer, and its handler.
///
/// The router is built from ``RouteTable/routes`` and the OpenAPI test reads
/// the same list, so a route cannot exist without being documented.
struct Route: Sendable {
    enum Access: Sendable {
        /// No token needed (health, metrics, the OpenAPI document).
        case open
        /// A valid token of one of these scopes; others get `403`.
        case scopes(Set<Identity.Scope>)
    }

    typealias Handler = @Sendable (Request, AppRequestContext, ServerServices) async throws -> Response

    let method: HTTPRequest.Method
    let path: String
    let access: Access
    /// Statuses the handler itself answers; ``allStatuses`` adds those of authentication.
    let statuses: [Int]
    let handler: Handler

    /// Every status the route can answer (besides a `500` for a bug, documented as `default`).
    var allStatuses: [Int] {
        switch access {
        case .open: return statuses.sorted()
        case .scopes: return Array(Set(statuses + [401, 403])).sorted()
        }
    }

    /// The identity a request proves, or the `401`/`403` it gets.
    func authorize(_ request: Request, tokens: TokenStore) throws(APIError) -> Identity? {
        guard case .scopes(let allowed) = access else { return nil }
        guard let header = request.headers[.authorization] else { throw .missingToken }
        let token: [UInt8]
        switch BearerCredentials.read(header) {
        case .token(let bytes): token = bytes
        case .notBearer: throw .missingToken
        case .malformed: throw .malformedToken
        }
        guard let identity = tokens.identity(forToken: token) else { throw .unknownToken }
        guard allowed.contains(identity.scope) else { throw .wrongScope }
        return identity
    }

    /// Every scope: routes any valid token may call.
    static let anyToken: Access = .scopes(Set(Identity.Scope.allCases))
    /// Auditors and admins.
    static let auditors: Access = .scopes([.auditor, .admin])
}
