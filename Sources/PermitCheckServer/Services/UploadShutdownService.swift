import ServiceLifecycle

/// Tells the ``UploadGate`` when graceful shutdown begins.
///
/// Listed after the application in the service group, so it hears the
/// shutdown first (the group stops services last to first): the HTTP server
/// waits for its connections to end, and the gate's deadline is what makes
/// slow uploads end.
struct UploadShutdownService: Service {
    let gate: UploadGate
    let grace: Duration

    func run() async throws {
        try? await gracefulShutdown()
        gate.beginShutdown(grace: grace)
    }
}
