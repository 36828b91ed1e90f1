import Foundation

/// Compiling rule packs: the library's entry point for rule sources.
///
/// ```swift
/// let pack = try RulePack.load(path: "Rules/cn-national")
/// let report = Engine(pack: pack).check(filing, registry: registry)
/// ```
public enum RulePack {
    /// Compiles a pack from in-memory YAML sources (the first with `pack:` is the header).
    /// `extends` is resolved through `directory` on disk.
    public static func compile(sources: [SourceFile], directory: String = ".") throws(CompileFailure) -> CompiledPack {
        var visited: Set<String> = []
        return try build(sources: sources, directory: directory, files: .disk, visited: &visited)
    }

    /// Compiles one YAML text.
    public static func compile(yaml: String, name: String = "<pack>") throws(CompileFailure) -> CompiledPack {
        try compile(sources: [SourceFile(name: name, text: yaml)])
    }

    /// Loads and compiles a pack from a `.yaml` file or a folder of them.
    public static func load(path: String) throws(CompileFailure) -> CompiledPack {
        try load(path: path, files: .disk)
    }

    /// Loads a pack through `files` (the disk, or the files bundled into the library).
    package static func load(path: String, files: PackFiles) throws(CompileFailure) -> CompiledPack {
        var visited: Set<String> = []
        let (sources, directory) = try readFiles(path, files)
        return try build(sources: sources, directory: directory, files: files, visited: &visited)
    }

    /// A pack bundled into the library (`cn-national`, `wuhan`).
    public static func bundled(_ name: String) throws(CompileFailure) -> CompiledPack {
        try load(path: "Rules/\(name)", files: .bundled)
    }

    static func build(sources: [SourceFile], directory: String, files: PackFiles = .disk, visited: inout Set<String>) throws(CompileFailure) -> CompiledPack {
        var owners: [String: String] = [:]
        let (syntax, all) = try resolve(sources: sources, directory: directory, files: files, visited: &visited, owners: &owners)
        let (compiled, found) = PackCompiler.compile(syntax, paramOwners: owners, files: files)
        let diagnostics = all + found
        guard var compiled, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw CompileFailure(diagnostics: diagnostics, sources: syntax.sources)
        }
        compiled.warnings = diagnostics.sorted()
        return compiled
    }

    /// Reads syntax and applies `extends` recursively (cycles are diagnostics).
    static func resolve(sources: [SourceFile], directory: String, files: PackFiles, visited: inout Set<String>, owners: inout [String: String]) throws(CompileFailure) -> (PackSyntax, [Diagnostic]) {
        let (read, diagnostics) = PackReader.read(sources, directory: directory)
        guard var syntax = read else { throw CompileFailure(diagnostics: diagnostics, sources: sources) }
        for k in syntax.rules.indices {
            syntax.rules[k].directory = directory
            for t in syntax.rules[k].tests.indices { syntax.rules[k].tests[t].directory = directory }
        }
        for k in syntax.ruleTests.indices {
            for t in syntax.ruleTests[k].cases.indices { syntax.ruleTests[k].cases[t].directory = directory }
        }
        guard let (path, node) = syntax.extends else {
            let (attached, unknown) = PackMerger.attach(syntax.ruleTests, to: syntax.rules, of: syntax.name, replacing: [])
            syntax.rules = attached
            return (syntax, diagnostics + unknown)
        }
        let target = joinPath(directory, path)
        let key = PackFiles.normalize(target.hasPrefix("/") ? target : FileManager.default.currentDirectoryPath + "/" + target)
        guard visited.insert(key).inserted else {
            let d = Diagnostic(CompilerMessages.extendsCycle(path), at: node.location, length: path.count)
            throw CompileFailure(diagnostics: diagnostics + [d], sources: sources)
        }
        let baseFiles: [SourceFile], baseDirectory: String
        do throws(CompileFailure) {
            (baseFiles, baseDirectory) = try readFiles(target, files)
        } catch {
            let d = Diagnostic(CompilerMessages.extendsNotFound(path), at: node.location, length: path.count)
            throw CompileFailure(diagnostics: diagnostics + [d], sources: sources)
        }
        let (base, baseDiagnostics) = try resolve(sources: baseFiles, directory: baseDirectory, files: files, visited: &visited, owners: &owners)
        let (merged, mergeDiagnostics) = PackMerger.merge(base: base, local: syntax, owners: &owners)
        return (merged, baseDiagnostics + diagnostics + mergeDiagnostics)
    }

    /// The YAML files of a pack path: the file itself, or a folder's `*.yaml`/`*.yml` sorted by name (recursively).
    static func readFiles(_ path: String, _ files: PackFiles) throws(CompileFailure) -> ([SourceFile], String) {
        let folder = files.yamlFiles(path)
        let paths = folder ?? [path]
        var sources: [SourceFile] = []
        for p in paths {
            guard let text = files.read(p) else {
                let missing = folder == nil && sources.isEmpty
                throw CompileFailure(diagnostics: [Diagnostic(
                    missing ? CompilerMessages.packNotFound(p) : CompilerMessages.packUnreadable(p),
                    at: SourceLocation(file: p, line: 1, column: 1))], sources: [])
            }
            sources.append(SourceFile(name: p, text: text))
        }
        var directory = path
        if folder == nil { directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/") }
        return (sources, directory.isEmpty ? "." : directory)
    }
}
