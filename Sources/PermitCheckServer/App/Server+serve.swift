import Hummingbird
import Logging
import ServiceLifecycle

/// Runs the service until `SIGTERM`/`SIGINT`, as `permitcheck serve` does.
///
/// Shutdown is bounded: the ``UploadGate`` hears of it first and gives
/// uploads still arriving `shutdownGrace` before they are cut off and their
/// connections closed; the HTTP server then ends once its connections have,
/// running audits are marked `interrupted`, and the process returns. Should
/// anything still hang, the group cancels it a few seconds after the grace.
public func serve(configuration: ServerConfiguration, logger: Logger) async throws {
    let services = try await ServerServices(configuration: configuration, logger: logger)
    let app = buildApplication(services: services)
    var group = ServiceGroupConfiguration(
        services: [
            .init(service: app),
            // Last in the list, so first to hear of the shutdown.
            .init(service: UploadShutdownService(gate: services.uploads, grace: configuration.shutdownGrace), successTerminationBehavior: .ignore),
        ],
        gracefulShutdownSignals: [.sigterm, .sigint],
        logger: logger)
    group.maximumGracefulShutdownDuration = configuration.shutdownGrace + .seconds(5)
    group.maximumCancellationDuration = .seconds(5)
    try await ServiceGroup(configuration: group).run()
}
