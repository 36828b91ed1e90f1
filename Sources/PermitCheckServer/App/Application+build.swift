import Hummingbird
import HummingbirdCore
import NIOCore
import Logging
import ServiceLifecycle

/// Builds the HTTP application: the one `permitcheck serve` runs and the
/// tests drive in process.
public func buildApplication(configuration: ServerConfiguration, logger: Logger? = nil) async throws -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "permitcheck")
    let services = try await ServerServices(configuration: configuration, logger: logger)
    return buildApplication(services: services)
}

/// Builds the application around services that already exist (tests reach into them).
public func buildApplication(services: ServerServices, reloadOnSIGHUP: Bool = true) -> some ApplicationProtocol {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: RequestMetricsMiddleware(metrics: services.metrics))
    router.add(middleware: ErrorEnvelopeMiddleware(maxFilingBytes: services.configuration.maxFilingBytes))
    for route in RouteTable.routes {
        router.on(RouterPath(route.path), method: route.method) { request, context in
            var context = context
            context.identity = try route.authorize(request, tokens: services.tokens)
            return try await route.handler(request, context, services)
        }
    }
    var background: [any Service] = [services.audits]
    if reloadOnSIGHUP { background.append(ReloadSignalService(packs: services.packs, logger: services.logger)) }
    let configuration = services.configuration
    return Application(
        router: router,
        server: httpServer(configuration),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "permitcheck"),
        services: background,
        onServerRunning: { channel in
            services.logger.notice("permitcheck serving", metadata: ["address": "\(channel.localAddress.map { "\($0)" } ?? "?")"])
        },
        logger: services.logger)
}

/// HTTP/1.1 whose error answers can close their connection
/// (``ConnectionCloseHandler``), and whose idle connections (no request, a
/// request head still arriving, or no body bytes at all) close 5 s after the
/// body timeout — later than it, so a stalled body gets its `408` first.
func httpServer(_ configuration: ServerConfiguration) -> HTTPServerBuilder {
    let (seconds, attoseconds) = (configuration.bodyTimeout + .seconds(5)).components
    let (milliseconds, overflow) = seconds.multipliedReportingOverflow(by: 1000)
    // Clamped to about 30 years, so no setting can overflow the nanoseconds of a TimeAmount.
    let whole = overflow ? Int64.max : milliseconds
    let idle = TimeAmount.milliseconds(max(1, min(whole, 1_000_000_000_000) + attoseconds / 1_000_000_000_000_000))
    return .http1(configuration: .init(additionalChannelHandlers: [ConnectionCloseHandler()], idleTimeout: idle))
}
