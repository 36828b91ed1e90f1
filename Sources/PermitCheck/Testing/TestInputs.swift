import Foundation

/// Builds a test case's filing and registry from inline YAML, files and patches.
enum TestInputs {
    enum Outcome<T> {
        case success(T)
        case failure(LocalizedText)
    }

    static func filing(_ test: TestCaseSyntax, rule: CompiledRule, pack: CompiledPack) -> Outcome<Filing> {
        var document: JSONValue
        if let inline = test.filing {
            document = inline.json
        } else if let path = test.file ?? test.base {
            let resolved = pack.fixtures[path] ?? joinPath(test.directory, path)
            switch read(resolved, pack.files) {
            case .failure(let p): return .failure(p)
            case .success(let d): document = d
            }
        } else {
            return .failure(PackTestMessages.noFiling)
        }
        if let patch = test.patch {
            guard let patched = document.mergePatch(patch.json) else { return .failure(PackTestMessages.patchTooDeep) }
            document = patched
        }
        // Test filings are filing-v1 JSON (inline YAML or a fixture), read as every other input is.
        let decoded = InputFormat.filingJSON.decode(JSONWriter().bytes(document))
        guard let filing = decoded.value else {
            return .failure(PackTestMessages.invalid("filing", decoded.problems))
        }
        return .success(filing)
    }

    static func registry(_ test: TestCaseSyntax, rule: CompiledRule, pack: CompiledPack) -> Outcome<Registry> {
        var document: JSONValue
        if let inline = test.registry {
            document = inline.json
            if case .object(var o) = document, o["schema"] == nil {
                o["schema"] = .string("permitcheck/registry-v1")
                document = .object(o)
            }
        } else if let path = test.registryFile {
            switch read(pack.fixtures[path] ?? joinPath(test.directory, path), pack.files) {
            case .failure(let p): return .failure(p)
            case .success(let d): document = d
            }
        } else {
            return .success(.empty)
        }
        let decoded = Registry.decode(JSONWriter().bytes(document))
        guard let registry = decoded.value else {
            return .failure(PackTestMessages.invalid("registry", decoded.problems))
        }
        return .success(registry)
    }

    static func read(_ path: String, _ files: PackFiles) -> Outcome<JSONValue> {
        guard let text = files.read(path) else {
            return .failure(PackTestMessages.unreadableFile(path))
        }
        do {
            return .success(try JSONValue(parsing: text))
        } catch {
            return .failure(PackTestMessages.notJSON(path, "\(error)"))
        }
    }
}
