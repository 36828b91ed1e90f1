import Hummingbird
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
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "permitcheck"),
        services: background,
        onServerRunning: { channel in
            services.logger.notice("permitcheck serving", metadata: ["address": "\(channel.localAddress.map { "\($0)" } ?? "?")"])
        },
        logger: services.logger)
}
