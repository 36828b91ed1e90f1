import Foundation
import PermitCheck

/// One consistent generation of compiled packs and the registry.
///
/// A request captures one snapshot at its start and uses only it, so a
/// reload in the middle of a check can never mix an old pack with a new one.
public struct PackSnapshot: Sendable {
    /// Packs in configuration order.
    public let packs: [CompiledPack]
    public let registry: Registry
    /// 1 for the packs loaded at start, +1 per successful reload.
    public let generation: Int
    public let loadedAt: Date
    public let defaultPack: String

    /// The pack named `name`, or the default pack when `name` is `nil`.
    func pack(named name: String?) -> CompiledPack? {
        let wanted = name ?? defaultPack
        return packs.first { $0.name == wanted }
    }

    var names: [String] { packs.map(\.name) }
}

/// Why a reload was refused; the previous snapshot keeps serving.
enum ReloadFailure: Error, Sendable {
    case pack(CompileFailure)
    case registry(path: String, problems: [InputProblem])
    case noDefault(String, loaded: [String])

    var apiError: APIError {
        switch self {
        case .pack(let failure): return .packRefused(failure)
        case .registry(let path, let problems):
            return APIError(status: .unprocessableContent, code: "registry.unreadable", message: LocalizedText(zh: "名录 \(path) 无法读取，继续使用原名录", en: "the registry \(path) cannot be read; the previous one keeps serving"), problems: problems)
        case .noDefault(let name, let loaded):
            return APIError(status: .unprocessableContent, code: "pack.no-default", message: LocalizedText(zh: "默认规则包 \(name) 不在已加载的包中（\(loaded.joined(separator: ", "))）", en: "the default pack \(name) is not among the loaded packs (\(loaded.joined(separator: ", ")))"))
        }
    }
}
