import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    // Optional to the parser so `serve hash-token` needs no tokens file; `run` requires it.
    @Option(help: "Tokens file (JSON or YAML, SHA-256 hashes); required to serve. 令牌文件（运行服务时必需）。") var tokens: String?
    @Option(name: .customLong("data"), help: "Data directory for the SQLite audit trail. 数据目录。") var data = "./permitcheck-data"
    @Option(help: "Largest filing body in bytes (default 64 MiB). 单份报告上限（字节）。") var maxBody = 64 * 1024 * 1024
    @Option(help: "Checks in flight before 503. 同时检查上限。") var maxChecks = 16
    @Option(help: "Audits running before 503. 同时审计上限。") var maxAudits = 2
    @Option(help: "Seconds a client has to send a check's body, or each line of an audit; then 408. 请求体送达时限（秒），超时 408。")
    var bodyTimeout: Double = 30
    @Option(help: "Bodies one token may be sending at once; one more is 429. 每个令牌同时上传上限，超出 429。") var maxUploadsPerToken = 4
    @Option(help: "Bodies one remote address may be sending at once; one more is 429. 每个地址同时上传上限，超出 429。") var maxUploadsPerAddress = 32
    @Option(help: "Seconds uploads in flight get on SIGTERM before they are cut off. 优雅退出时等待上传的秒数。") var shutdownGrace: Double = 10
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical. 日志级别。") var logLevel = "info"

    func validate() throws {
        guard (0.1...86_400).contains(bodyTimeout), (0...3_600).contains(shutdownGrace) else {
            throw ValidationError("--body-timeout must be 0.1…86400 and --shutdown-grace 0…3600 seconds / --body-timeout 须在 0.1…86400 秒，--shutdown-grace 须在 0…3600 秒")
        }
        guard maxUploadsPerToken >= 1, maxUploadsPerAddress >= 1, maxChecks >= 1, maxAudits >= 1 else {
            throw ValidationError("--max-uploads-per-token, --max-uploads-per-address, --max-checks and --max-audits must be at least 1 / 这些上限至少为 1")
        }
    }

    func run() async throws {
        guard let tokens else {
            Console.error("permitcheck serve: 需要 --tokens 令牌文件\npermitcheck serve: --tokens FILE is required\n")
            throw ExitCode(64)
        }
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
        configuration.bodyTimeout = .milliseconds(Int64(bodyTimeout * 1000))
        configuration.maxUploadsPerToken = maxUploadsPerToken
        configuration.maxUploadsPerAddress = maxUploadsPerAddress
        configuration.shutdownGrace = .milliseconds(Int64(shutdownGrace * 1000))
        // A file-size limit (or quota) hit by the database must fail the write,
        // answered 503, instead of killing the process with SIGXFSZ.
        signal(SIGXFSZ, SIG_IGN)
        var logger = Logger(label: "permitcheck")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        do {
            try await serve(configuration: configuration, logger: logger)
        } catch let error as ServerSetupError {
            Console.error("permitcheck serve: \(error.message.zh)\n\(error.message.en)\n")
            throw ExitStatus.invalidInput
        }
    }

    /// `permitcheck serve hash-token`: the SHA-256 hex of a token read from
    /// standard input, to paste into the tokens file (the token itself is never stored).
    ///
    /// One line ending after the token (what `echo` adds) is dropped and
    /// nothing else: the hash is of the exact bytes a client will send, and a
    /// token the server would refuse (not token68, e.g. with spaces) is refused here too.
    struct HashToken: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hash-token",
            abstract: "Print the SHA-256 of a token read from standard input. 从标准输入读取令牌并输出其 SHA-256。")

        func run() throws {
            var token = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            if token.last == 0x0A { token.removeLast() }
            if token.last == 0x0D { token.removeLast() }
            guard !token.isEmpty else {
                Console.error("no token on standard input / 标准输入中没有令牌\n")
                throw ExitCode(64)
            }
            guard BearerCredentials.isToken68(token) else {
                Console.error("标准输入中的令牌只能包含字母、数字和 -._~+/（末尾可有 =），不能有空白\nthe token on standard input must be token68: letters, digits, -._~+/ (then optional =), no whitespace\n")
                throw ExitCode(64)
            }
            Console.out(TokenHash.hex(bytes: token) + "\n")
        }
    }
}
