import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads packs on `SIGHUP`, the operator's habitual "re-read your config".
/// Runs for the life of the server and stops on graceful shutdown.
struct ReloadSignalService: Service {
    let packs: PackStore
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            logger.info("SIGHUP: reloading packs")
            do { try packs.reload(logger: logger) } catch {
                // Already logged by the store; the old packs keep serving.
            }
        }
    }
}
