import Foundation

/// Where a pack's files come from: the disk, or the packs bundled into the
/// library at build time (`Plugins/BundlePacks`), so `permitcheck` works from
/// any directory. Test fixtures are read through the same source as the pack.
package struct PackFiles: Sendable {
    /// The text of a file, or `nil` when there is none (or it is not UTF-8).
    package let read: @Sendable (String) -> String?
    /// The YAML files of a folder (recursively, sorted), or `nil` when `path` is not a folder.
    let yamlFiles: @Sendable (String) -> [String]?

    /// Files on disk.
    package static let disk = PackFiles(
        read: { path in
            FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
        },
        yamlFiles: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            let items = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            return items.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .sorted().map { joinPath(path, $0) }
        })

    /// The `Rules/` and `Schemas/` folders of the repository, as built into the library.
    package static let bundled = PackFiles(
        read: { bundledFileTexts[normalize($0)] },
        yamlFiles: { path in
            let folder = normalize(path) + "/"
            let files = bundledFileTexts.keys.filter { $0.hasPrefix(folder) && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            return files.isEmpty ? nil : files.sorted()
        })

    /// The JSON Schema of `filing`, `registry` or `findings` (draft 2020-12), as bundled.
    package static func schema(_ document: String) -> String? { bundled.read("Schemas/\(document)-v1.schema.json") }

    /// Names of the packs bundled into the library (folders of `Rules/` with a `pack.yaml`).
    package static var bundledPackNames: [String] {
        bundledFileTexts.keys.compactMap { key -> String? in
            let parts = key.split(separator: "/")
            return parts.count == 3 && parts[0] == "Rules" && parts[2] == "pack.yaml" ? String(parts[1]) : nil
        }.sorted()
    }

    /// `a/./b/../c` → `a/c`, for look-ups in the bundle.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
