import Foundation

/// Everything `permitcheck serve` and the tests choose about one server.
///
/// A plain value, so a test can build a server with tiny limits and a
/// temporary data directory, and `serve` builds the same thing from flags.
public struct ServerConfiguration: Sendable {
    /// Address to bind; loopback by default so a fresh start is not exposed.
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Rule pack paths (a `.yaml` file or a folder each); each pack serves under its own `name`.
    /// Packs on disk to serve (reloaded from disk on reload); empty serves the bundled packs.
    public var packPaths: [String] = []
    /// The pack used when a request names none.
    public var defaultPack: String = "cn-national"
    /// Registry (registry-v1 JSON) shared by every check; `nil` checks against an empty registry.
    public var registryPath: String?
    /// Tokens file (JSON or YAML) with SHA-256 hashes of bearer tokens.
    public var tokensPath: String
    /// Directory holding the SQLite audit trail; created when missing.
    public var dataDirectory: String = "./permitcheck-data"
    /// Largest filing body accepted by `POST /v1/check`, and largest line of an audit.
    public var maxFilingBytes: Int = 64 * 1024 * 1024
    /// Checks in flight at once; the next one gets `503` with `Retry-After`.
    public var maxConcurrentChecks: Int = 16
    /// Audits running at once; the next one gets `503` with `Retry-After`.
    public var maxConcurrentAudits: Int = 2
    /// Lines read ahead of the audit worker; bounds memory while the body streams in.
    public var auditQueueCapacity: Int = 64
    /// Seconds a client is told to wait after a `503` or `429`.
    public var retryAfterSeconds: Int = 1
    /// Time a client has to send a check's whole body, or each line of an
    /// audit's body; later it gets `408` and the connection is closed. Also
    /// the idle time after which a connection without a request is closed.
    public var bodyTimeout: Duration = .seconds(30)
    /// Request bodies one token (its subject) may be sending at once; one more is `429`.
    public var maxUploadsPerToken: Int = 4
    /// Request bodies one remote address may be sending at once; one more is `429`.
    public var maxUploadsPerAddress: Int = 32
    /// On graceful shutdown, time uploads still arriving get before they are
    /// cut off (`503`) and their connections closed.
    public var shutdownGrace: Duration = .seconds(10)

    public init(tokensPath: String) { self.tokensPath = tokensPath }
}
