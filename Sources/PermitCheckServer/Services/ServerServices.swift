import Logging
import PermitCheck

/// The long-lived parts of one server, shared by every route handler:
/// packs, tokens, the audit trail, the audit runner, limits and metrics.
public struct ServerServices: Sendable {
    public let configuration: ServerConfiguration
    public let packs: PackStore
    let tokens: TokenStore
    let trail: AuditTrail
    let audits: AuditRunner
    /// Checks in flight; saturated means `503`.
    public let checkLimiter: Limiter
    /// Bodies being read, per token and address; over the cap means `429`.
    public let uploads: UploadGate
    let metrics: ServerMetrics
    let logger: Logger

    /// Loads tokens, compiles packs and opens the audit trail; throws when the server cannot start.
    public init(configuration: ServerConfiguration, logger: Logger) async throws {
        self.configuration = configuration
        self.logger = logger
        self.tokens = try TokenStore.load(path: configuration.tokensPath)
        do throws(ReloadFailure) {
            self.packs = try PackStore(packPaths: configuration.packPaths, registryPath: configuration.registryPath, defaultPack: configuration.defaultPack)
        } catch {
            let detail = JSONWriter(pretty: true).string(error.apiError.envelope)
            throw ServerSetupError(LocalizedText(zh: "规则包或名录无法加载：\(detail)", en: "packs or registry cannot be loaded: \(detail)"))
        }
        self.trail = try AuditTrail(directory: configuration.dataDirectory)
        self.metrics = ServerMetrics()
        self.checkLimiter = Limiter(limit: configuration.maxConcurrentChecks)
        self.uploads = UploadGate(perToken: configuration.maxUploadsPerToken, perAddress: configuration.maxUploadsPerAddress)
        self.audits = AuditRunner(
            trail: trail, metrics: metrics, limit: configuration.maxConcurrentAudits,
            queueCapacity: configuration.auditQueueCapacity, retryAfter: configuration.retryAfterSeconds, logger: logger)
    }
}
