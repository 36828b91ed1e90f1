import Foundation
import PackagePlugin

/// Build-tool plugin: embeds the repository's `Rules/` and `Schemas/` into the
/// `PermitCheck` library as generated Swift source, so the bundled packs work
/// from any directory and nothing is copied by hand into `Sources/`.
@main
struct BundlePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = ["Rules", "Schemas"].flatMap { files(under: root.appending(path: $0)) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledFiles.swift")
        return [
            .buildCommand(
                displayName: "Bundling rule packs and schemas",
                executable: try context.tool(named: "permitcheck-bundler").url,
                arguments: [root.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }

    /// Every regular file below `folder`, in path order.
    func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
