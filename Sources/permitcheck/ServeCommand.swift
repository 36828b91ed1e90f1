import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PermitCheck
import PermitCheckServer

/// `permitcheck serve`: the HTTP service, built by the same
/// `buildApplication` the server tests drive.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP service. 运行 HTTP 检查服务。",
        discussion: "Stops gracefully on SIGTERM/SIGINT; reloads packs on SIGHUP. 收到 SIGTERM/SIGINT 时优雅退出，收到 SIGHUP 时重新加载规则包。",
        subcommands: [HashToken.self])

    @Option(help: "Address to bind. 监听地址。") var host = "127.0.0.1"
    @Option(help: "Port to listen on. 端口。") var port = 8080
    @Option(name: .customLong("pack"), help: "Rule pack path on disk; repeat for several (default: the bundled cn-national and wuhan). 规则包路径，可重复。")
    var packs: [String] = []
    @Option(help: "Pack used when a request names none. 默认规则包名。") var defaultPack = "cn-national"
    @Option(help: "Registry (registry-v1 JSON) for every check. 名录文件。") var registry: String?
    @Option(help: "Tokens file (JSON or YAML, SHA-256 hashes). 令牌文件。") var tokens: String
    @Option(name: .customLong("data"), help: "Data directory for the SQLite audit trail. 数据目录。") var data = "./permitcheck-data"
    @Option(help: "Largest filing body in bytes (default 64 MiB). 单份报告上限（字节）。") var maxBody = 64 * 1024 * 1024
    @Option(help: "Checks in flight before 503. 同时检查上限。") var maxChecks = 16
    @Option(help: "Audits running before 503. 同时审计上限。") var maxAudits = 2
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical. 日志级别。") var logLevel = "info"

    func run() async throws {
        var configuration = ServerConfiguration(tokensPath: tokens)
        configuration.host = host
        configuration.port = port
        if !packs.isEmpty { configuration.packPaths = packs }
        configuration.defaultPack = defaultPack
        configuration.registryPath = registry
        configuration.dataDirectory = data
        configuration.maxFilingBytes = maxBody
        configuration.maxConcurrentChecks = maxChecks
        configuration.maxConcurrentAudits = maxAudits
        var logger = Logger(label: "permitcheck")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        do {
            let app = try await buildApplication(configuration: configuration, logger: logger)
            try await app.runService()
        } catch let error as ServerSetupError {
            Console.error("permitcheck serve: \(error.message.zh)\n\(error.message.en)\n")
            throw ExitStatus.invalidInput
        }
    }

    /// `permitcheck serve hash-token`: the SHA-256 hex of a token read from
    /// standard input, to paste into the tokens file (the token itself is never stored).
    struct HashToken: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hash-token",
            abstract: "Print the SHA-256 of a token read from standard input. 从标准输入读取令牌并输出其 SHA-256。")

        func run() throws {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let token = String(decoding: input, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else {
                Console.error("no token on standard input / 标准输入中没有令牌\n")
                throw ExitCode(64)
            }
            Console.out(TokenHash.hex(of: token) + "\n")
        }
    }
}
