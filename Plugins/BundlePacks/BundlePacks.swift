import Foundation
import PackagePlugin

/// Build-tool plugin: embeds files of the repository into a target as generated
/// Swift source (`bundledFileTexts`, path → text): `Rules/` and `Schemas/` into
/// the `PermitCheck` library, so the bundled packs work from any directory, and
/// the OpenAPI document into `PermitCheckServer`, so a binary copied without
/// any resource bundle still serves it. Nothing is copied by hand into `Sources/`.
@main
struct BundlePacks: BuildToolPlugin {
    /// What each target embeds (folders or files, relative to the package).
    static func paths(for target: String) -> [String] {
        switch target {
        case "PermitCheckServer": ["Sources/PermitCheckServer/openapi.json"]
        default: ["Rules", "Schemas"]
        }
    }

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = context.package.directoryURL
        let paths = Self.paths(for: target.name)
        let inputs = paths.flatMap { files(under: root.appending(path: $0)) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledFiles.swift")
        return [
            .buildCommand(
                displayName: "Bundling \(paths.joined(separator: ", ")) into \(target.name)",
                executable: try context.tool(named: "permitcheck-bundler").url,
                arguments: [root.path(percentEncoded: false), output.path(percentEncoded: false)] + paths,
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }

    /// Every regular file below `folder` (or `folder` itself when it is a file), in path order.
    func files(under folder: URL) -> [URL] {
        if (try? folder.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { return [folder] }
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
