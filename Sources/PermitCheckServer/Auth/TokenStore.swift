import Foundation
import PermitCheck

/// The configured tokens: SHA-256 hashes with their subject and scope, read
/// from a JSON or YAML file.
///
/// ```json
/// { "tokens": [ { "subject": "qingshan-steel", "scope": "enterprise",
///                 "uscc": "91420684MA4927PJ7B", "sha256": "<hex>" } ] }
/// ```
public struct TokenStore: Sendable {
    struct Entry: Sendable {
        /// The 32 bytes of the token's SHA-256.
        var digest: [UInt8]
        var identity: Identity
    }

    let entries: [Entry]

    init(entries: [Entry]) { self.entries = entries }

    /// The identity of a presented token (its exact bytes), or `nil`. Every
    /// entry is compared, in constant time, so the answer's timing says
    /// nothing about which hash came close.
    func identity(forToken token: [UInt8]) -> Identity? {
        let presented = TokenHash.digest(token)
        var found: Identity?
        for entry in entries where TokenHash.constantTimeEquals(entry.digest, presented) {
            found = entry.identity
        }
        return found
    }

    /// The identity of a token given as text: its UTF-8 bytes, nothing trimmed or normalised.
    func identity(forToken token: String) -> Identity? { identity(forToken: Array(token.utf8)) }

    /// Loads a tokens file; `.yaml`/`.yml` are read as YAML, anything else as JSON.
    public static func load(path: String) throws(ServerSetupError) -> TokenStore {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServerSetupError(LocalizedText(zh: "无法读取令牌文件 \(path)", en: "cannot read the tokens file \(path)"))
        }
        let document: JSONValue
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            let text = String(decoding: data, as: UTF8.self)
            let (documents, diagnostics) = YAMLReader.read(SourceFile(name: path, text: text))
            guard let first = documents.first, diagnostics.isEmpty else {
                throw ServerSetupError(LocalizedText(zh: "令牌文件 \(path) 不是有效的 YAML", en: "the tokens file \(path) is not valid YAML"))
            }
            document = first.json
        } else {
            do { document = try JSONValue(parsing: [UInt8](data)) } catch {
                throw ServerSetupError(LocalizedText(zh: "令牌文件 \(path) 不是有效的 JSON", en: "the tokens file \(path) is not valid JSON"))
            }
        }
        return try parse(document, path: path)
    }

    /// Reads the `tokens` list; every entry must be complete and hashes well-formed.
    static func parse(_ document: JSONValue, path: String) throws(ServerSetupError) -> TokenStore {
        guard case .array(let items)? = document["tokens"] else {
            throw ServerSetupError(LocalizedText(zh: "令牌文件 \(path) 缺少 tokens 列表", en: "the tokens file \(path) has no tokens list"))
        }
        var entries: [Entry] = []
        for (k, item) in items.enumerated() {
            guard case .string(let subject)? = item["subject"], case .string(let scopeText)? = item["scope"],
                let scope = Identity.Scope(rawValue: scopeText), case .string(let hash)? = item["sha256"]
            else {
                throw ServerSetupError(LocalizedText(zh: "令牌文件 \(path) 第 \(k + 1) 项需要 subject、scope（enterprise|auditor|admin）和 sha256", en: "entry \(k + 1) of \(path) needs subject, scope (enterprise|auditor|admin) and sha256"))
            }
            guard let digest = TokenHash.digest(hex: hash) else {
                throw ServerSetupError(LocalizedText(zh: "令牌文件 \(path) 第 \(k + 1) 项的 sha256 不是 64 位十六进制（请存哈希，不要存明文令牌）", en: "entry \(k + 1) of \(path): sha256 must be 64 hex digits (store the hash, never the token)"))
            }
            var uscc: String?
            if case .string(let code)? = item["uscc"] { uscc = code }
            if let code = uscc, let (scalar, position) = code.firstNonASCII {
                let u = scalar.codePointLabel
                throw ServerSetupError(LocalizedText(zh: "令牌文件 \(path) 第 \(k + 1) 项：uscc 第 \(position) 个字符 \(u) 不是 ASCII", en: "entry \(k + 1) of \(path): character \(position) of uscc is \(u), not ASCII"))
            }
            if scope == .enterprise && uscc == nil {
                throw ServerSetupError(LocalizedText(zh: "令牌文件 \(path) 第 \(k + 1) 项：enterprise 令牌必须绑定 uscc", en: "entry \(k + 1) of \(path): an enterprise token must name its uscc"))
            }
            entries.append(Entry(digest: digest, identity: Identity(subject: subject, scope: scope, uscc: scope == .enterprise ? uscc : nil)))
        }
        return TokenStore(entries: entries)
    }
}

/// A server that cannot start: a bilingual reason for the operator.
public struct ServerSetupError: Error, Sendable, CustomStringConvertible {
    public var message: LocalizedText
    public init(_ message: LocalizedText) { self.message = message }
    public var description: String { "\(message.zh) / \(message.en)" }
}
