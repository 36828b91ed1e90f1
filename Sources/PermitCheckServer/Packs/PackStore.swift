import Foundation
import Logging
import PermitCheck
import Synchronization

/// Holds the current ``PackSnapshot`` and swaps it atomically on reload.
///
/// Compiling happens outside the lock; only the pointer swap is inside it.
/// A pack that fails to compile (or a registry that fails to decode) leaves
/// the current snapshot untouched.
public final class PackStore: Sendable {
    let packPaths: [String]
    let registryPath: String?
    let defaultPack: String
    private let state: Mutex<PackSnapshot>

    /// Compiles every pack once; throws when the server cannot start with them.
    init(packPaths: [String], registryPath: String?, defaultPack: String) throws(ReloadFailure) {
        self.packPaths = packPaths
        self.registryPath = registryPath
        self.defaultPack = defaultPack
        let first = try Self.compile(packPaths: packPaths, registryPath: registryPath, defaultPack: defaultPack, generation: 1)
        self.state = Mutex(first)
    }

    /// The snapshot to use for one whole request.
    public var current: PackSnapshot { state.withLock { $0 } }

    /// Recompiles every pack and re-reads the registry; swaps only when all succeed.
    @discardableResult
    func reload(logger: Logger) throws(ReloadFailure) -> PackSnapshot {
        let generation = current.generation + 1
        do throws(ReloadFailure) {
            let next = try Self.compile(packPaths: packPaths, registryPath: registryPath, defaultPack: defaultPack, generation: generation)
            let installed = state.withLock { old in
                // A concurrent reload may have finished first; keep generations increasing.
                let fresh = PackSnapshot(packs: next.packs, registry: next.registry, generation: max(old.generation + 1, generation), loadedAt: next.loadedAt, defaultPack: defaultPack)
                old = fresh
                return fresh
            }
            logger.info("packs reloaded", metadata: ["generation": "\(installed.generation)", "packs": "\(installed.packs.map(\.reference))"])
            return installed
        } catch {
            logger.error("pack reload refused; previous packs keep serving", metadata: ["reason": "\(error)"])
            throw error
        }
    }

    static func compile(packPaths: [String], registryPath: String?, defaultPack: String, generation: Int) throws(ReloadFailure) -> PackSnapshot {
        var packs: [CompiledPack] = []
        // No paths: the packs built into the binary, so `serve` works from any directory.
        for path in packPaths {
            do throws(CompileFailure) { packs.append(try RulePack.load(path: path)) } catch { throw .pack(error) }
        }
        if packPaths.isEmpty {
            for name in PackFiles.bundledPackNames {
                do throws(CompileFailure) { packs.append(try RulePack.bundled(name)) } catch { throw .pack(error) }
            }
        }
        guard packs.contains(where: { $0.name == defaultPack }) else { throw .noDefault(defaultPack, loaded: packs.map(\.name)) }
        var registry = Registry.empty
        if let registryPath {
            guard let data = FileManager.default.contents(atPath: registryPath) else {
                throw .registry(path: registryPath, problems: [InputProblem(severity: .error, code: InputCode.unreadable, message: InputMessage.missingFile(registryPath), pointer: "", line: 0, column: 0)])
            }
            let decoded = Registry.decode([UInt8](data))
            guard let value = decoded.value else { throw .registry(path: registryPath, problems: decoded.errors) }
            registry = value
        }
        return PackSnapshot(packs: packs, registry: registry, generation: generation, loadedAt: Date(), defaultPack: defaultPack)
    }
}
