import Hummingbird
import Logging

/// Per-request state: the framework's core storage, the request id for logs
/// and the `X-Request-ID` header, and the identity the bearer token proved.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``RequestIDMiddleware`` before anything else runs.
    public var requestID: String = ""
    /// Set by the route wrapper for routes that need a token; `nil` on open routes.
    public var identity: Identity?
    /// The client's IP address, for the per-address upload cap; `nil` when unknown (in-process tests).
    public let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
