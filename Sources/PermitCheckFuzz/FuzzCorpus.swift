import Foundation

/// Where each target's seeds come from: the repository's examples and test
/// fixtures (read in place, so the corpus grows with them), the hand-made
/// seeds under `Tests/Fuzz/corpus/<target>/`, and every input that ever
/// broke the target, under `Tests/Fuzz/regressions/<target>/`.
public enum FuzzCorpus {
    /// Seed files of `target` below `repository`, sorted, each at most `maxBytes`.
    public static func files(_ target: FuzzTarget, repository: URL, maxBytes: Int = 1 << 16) -> [URL] {
        var found: [URL] = []
        for (folder, suffix) in sources(target) {
            let url = repository.appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") && (suffix.isEmpty || name.hasSuffix(suffix)) {
                let file = url.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
                    let nested = file.appendingPathComponent("pack.yaml")
                    if FileManager.default.fileExists(atPath: nested.path) { found.append(nested) }
                    continue
                }
                found.append(file)
            }
        }
        return found.filter { ((try? $0.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0) <= maxBytes }
    }

    /// The seeds' bytes.
    public static func seeds(_ target: FuzzTarget, repository: URL, maxBytes: Int = 1 << 16) -> [[UInt8]] {
        files(target, repository: repository, maxBytes: maxBytes).compactMap { try? Array(Data(contentsOf: $0)) }
    }

    /// Folders (relative to the repository) and the file suffix taken from each.
    static func sources(_ target: FuzzTarget) -> [(String, String)] {
        let own = [("Tests/Fuzz/corpus/\(target.rawValue)", ""), ("Tests/Fuzz/regressions/\(target.rawValue)", "")]
        switch target {
        case .filing:
            return own + [("Tests/PermitCheckTests/Fixtures", "filing.json"), ("Tests/PermitCheckTests/Cases/decoding", "filing.json"),
                          ("Rules/cn-national/tests", ".json"), ("Examples/filings", ".json")]
        case .registry:
            return own + [("Examples", "registry.json"), ("Tests/PermitCheckTests/Fixtures", "registry.json"),
                          ("Tests/PermitCheckTests/Cases/decoding", "registry.json"), ("Rules/cn-national/tests", "registry.json")]
        case .pack:
            return own + [("Tests/PermitCheckTests/Cases/diagnostics", ""), ("Rules/cn-national", ".yaml"), ("Rules/wuhan", ".yaml")]
        case .mergePatch, .hj212:
            return own
        }
    }
}
