import ArgumentParser
import PermitCheck

/// `permitcheck schema filing|registry|findings`: the JSON Schemas (draft 2020-12).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a document. 输出文档的 JSON Schema。")

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case filing, registry, findings
    }

    @Argument(help: "filing, registry or findings")
    var document: Document

    func run() throws {
        guard let text = PackFiles.schema(document.rawValue) else {
            Console.error("schema not bundled / 未内置该 schema\n")
            throw ExitCode(70)
        }
        Console.out(text.hasSuffix("\n") ? text : text + "\n")
    }
}
