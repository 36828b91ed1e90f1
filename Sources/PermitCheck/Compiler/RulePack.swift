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
        return try build(sources: sources, directory: directory, visited: &visited)
    }

    /// Compiles one YAML text.
    public static func compile(yaml: String, name: String = "<pack>") throws(CompileFailure) -> CompiledPack {
        try compile(sources: [SourceFile(name: name, text: yaml)])
    }

    /// Loads and compiles a pack from a `.yaml` file or a folder of them.
    public static func load(path: String) throws(CompileFailure) -> CompiledPack {
        var visited: Set<String> = []
        let (files, directory) = try readFiles(path)
        return try build(sources: files, directory: directory, visited: &visited)
    }

    static func build(sources: [SourceFile], directory: String, visited: inout Set<String>) throws(CompileFailure) -> CompiledPack {
        var owners: [String: String] = [:]
        let (syntax, all) = try resolve(sources: sources, directory: directory, visited: &visited, owners: &owners)
        let (compiled, found) = PackCompiler.compile(syntax, paramOwners: owners)
        let diagnostics = all + found
        guard let compiled, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw CompileFailure(diagnostics: diagnostics, sources: syntax.sources)
        }
        return compiled
    }

    /// Reads syntax and applies `extends` recursively (cycles are diagnostics).
    static func resolve(sources: [SourceFile], directory: String, visited: inout Set<String>, owners: inout [String: String]) throws(CompileFailure) -> (PackSyntax, [Diagnostic]) {
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
            let (attached, unknown) = PackMerger.attach(syntax.ruleTests, to: syntax.rules, replacing: [])
            syntax.rules = attached
            return (syntax, diagnostics + unknown)
        }
        let target = joinPath(directory, path)
        let key = URL(fileURLWithPath: target).standardizedFileURL.path
        guard visited.insert(key).inserted else {
            let d = Diagnostic(code: "pack.extends-cycle", message: LocalizedText(zh: "规则包继承形成循环：\(path)", en: "packs extend each other in a cycle: \(path)"), at: node.location, length: path.count)
            throw CompileFailure(diagnostics: diagnostics + [d], sources: sources)
        }
        let files: [SourceFile], baseDirectory: String
        do throws(CompileFailure) {
            (files, baseDirectory) = try readFiles(target)
        } catch {
            let d = Diagnostic(code: "pack.extends-not-found", message: LocalizedText(zh: "找不到被继承的规则包 \(path)", en: "cannot read the extended pack \(path)"), at: node.location, length: path.count)
            throw CompileFailure(diagnostics: diagnostics + [d], sources: sources)
        }
        let (base, baseDiagnostics) = try resolve(sources: files, directory: baseDirectory, visited: &visited, owners: &owners)
        let (merged, mergeDiagnostics) = PackMerger.merge(base: base, local: syntax, owners: &owners)
        return (merged, baseDiagnostics + diagnostics + mergeDiagnostics)
    }

    /// The YAML files of a pack path: the file itself, or a folder's `*.yaml`/`*.yml` sorted by name (recursively).
    static func readFiles(_ path: String) throws(CompileFailure) -> ([SourceFile], String) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CompileFailure(diagnostics: [Diagnostic(code: "pack.not-found", message: LocalizedText(zh: "找不到规则包 \(path)", en: "no pack at \(path)"), at: SourceLocation(file: path, line: 1, column: 1))], sources: [])
        }
        var paths: [String] = []
        if isDirectory.boolValue {
            let items = manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            paths = items.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .sorted().map { joinPath(path, $0) }
        } else {
            paths = [path]
        }
        var files: [SourceFile] = []
        for p in paths {
            guard let data = manager.contents(atPath: p), let text = String(data: data, encoding: .utf8) else {
                throw CompileFailure(diagnostics: [Diagnostic(code: "pack.unreadable", message: LocalizedText(zh: "无法读取 \(p)（需要 UTF-8 文本）", en: "cannot read \(p) (UTF-8 text required)"), at: SourceLocation(file: p, line: 1, column: 1))], sources: [])
            }
            files.append(SourceFile(name: p, text: text))
        }
        let directory = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
        return (files, directory.isEmpty ? "." : directory)
    }
}
