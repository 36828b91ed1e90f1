import Foundation
import PermitCheck

/// Loading `--registry`: an empty registry when none is given.
enum RegistryFile {
    static func load(_ path: String?, language: Language) throws -> Registry {
        guard let path else { return .empty }
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("cannot read registry \(path) / 无法读取名录 \(path)\n")
            throw ExitStatus.invalidInput
        }
        let decoded = Registry.decode([UInt8](data))
        guard let value = decoded.value else {
            for p in decoded.errors { Console.error("\(path):\(p.text(language))\n") }
            throw ExitStatus.invalidInput
        }
        return value
    }
}
