import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PermitCheck
@testable import PermitCheckServer

/// A server environment in a fresh temporary directory: tokens file with
/// known example tokens, data directory, the repository's packs and registry.
struct TestEnvironment {
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let steelUSCC = "91420684MA4927PJ7B"
    static let powerUSCC = "91340600MA2PERLJ2D"

    /// Example tokens (plain text only here, in the test); the file holds their hashes.
    enum Token {
        static let steel = "test-enterprise-steel"
        static let power = "test-enterprise-power"
        static let auditor = "test-auditor"
        static let admin = "test-admin"
    }

    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "permitcheck-server-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let tokens: JSONValue = ["tokens": [
            ["subject": "steel-qingshan", "scope": "enterprise", "uscc": .string(Self.steelUSCC), "sha256": .string(TokenHash.hex(of: Token.steel))],
            ["subject": "power-hannan", "scope": "enterprise", "uscc": .string(Self.powerUSCC), "sha256": .string(TokenHash.hex(of: Token.power))],
            ["subject": "auditor-1", "scope": "auditor", "sha256": .string(TokenHash.hex(of: Token.auditor))],
            ["subject": "admin-1", "scope": "admin", "sha256": .string(TokenHash.hex(of: Token.admin))],
        ]]
        try Data(JSONWriter(pretty: true).bytes(tokens)).write(to: URL(fileURLWithPath: tokensPath))
    }

    var tokensPath: String { directory + "/tokens.json" }
    var dataDirectory: String { directory + "/data" }

    func configuration(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) -> ServerConfiguration {
        var c = ServerConfiguration(tokensPath: tokensPath)
        c.packPaths = [Self.packageRoot + "/Rules/cn-national", Self.packageRoot + "/Rules/wuhan"]
        c.registryPath = Self.packageRoot + "/Examples/registry.json"
        c.dataDirectory = dataDirectory
        adjust(&c)
        return c
    }

    func services(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) async throws -> ServerServices {
        var logger = Logger(label: "permitcheck-test")
        logger.logLevel = .warning
        return try await ServerServices(configuration: configuration(adjust), logger: logger)
    }

    /// Runs `body` against an in-process application built from these services.
    func withApp<T: Sendable>(_ services: ServerServices, _ body: @Sendable @escaping (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = buildApplication(services: services, reloadOnSIGHUP: false)
        return try await app.test(.router) { client in try await body(client) }
    }

    static func example(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: packageRoot + "/Examples/filings/\(name).json")))
    }

    /// An example filing on one line, for JSON Lines bodies.
    static func exampleLine(_ name: String) throws -> [UInt8] {
        JSONWriter().bytes(try JSONValue(parsing: try example(name)))
    }
}

extension TestClientProtocol {
    /// A request with an optional bearer token.
    func send(_ uri: String, _ method: HTTPRequest.Method = .get, token: String? = nil, body: [UInt8]? = nil, headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
    }
}

extension TestResponse {
    var bytes: [UInt8] { Array(body.readableBytesView) }
    var json: JSONValue { (try? JSONValue(parsing: bytes)) ?? .null }
    /// `error.code` of an error envelope.
    var errorCode: String? {
        if case .string(let code)? = json["error"]?["code"] { return code }
        return nil
    }
}

extension JSONValue {
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var number: Double? { if case .number(let n) = self { return n } else { return nil } }
    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
}
