import Foundation
@testable import PermitCheck

/// The spec's current example documents (`Fixtures/spec-filing.json`,
/// `spec-registry.json`, with every catalog-v2 field), and variants of them
/// made by setting or removing the value at a JSON Pointer.
enum V2Fixture {
    static let filingText = (try? String(contentsOf: TestFiles.fixture("spec-filing.json"), encoding: .utf8)) ?? ""
    static let registryText = (try? String(contentsOf: TestFiles.fixture("spec-registry.json"), encoding: .utf8)) ?? ""

    /// The spec filing with each `(pointer, value)` applied: the value set, or the member removed for `nil`.
    static func filing(_ edits: [(String, JSONValue?)]) -> Decoded<Filing> {
        Filing.decode(edited(filingText, edits))
    }

    static func registry(_ edits: [(String, JSONValue?)]) -> Decoded<Registry> {
        Registry.decode(edited(registryText, edits))
    }

    static func edited(_ text: String, _ edits: [(String, JSONValue?)]) -> [UInt8] {
        guard var document = try? JSONValue(parsing: text) else { return [] }
        for (pointer, value) in edits {
            document = document.setting(pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)[...], value)
        }
        return JSONWriter(pretty: true).bytes(document)
    }
}

extension JSONValue {
    /// This value with the one at `tokens` replaced, or removed for `nil`. An
    /// array index one past the end appends.
    func setting(_ tokens: ArraySlice<String>, _ value: JSONValue?) -> JSONValue {
        guard let token = tokens.first else { return value ?? .null }
        let rest = tokens.dropFirst()
        switch self {
        case .object(var object):
            if rest.isEmpty { object[token] = value } else { object[token] = (object[token] ?? .null).setting(rest, value) }
            return .object(object)
        case .array(var items):
            guard let i = Int(token), i >= 0, i <= items.count else { return self }
            if i == items.count {
                if let value, rest.isEmpty { items.append(value) }
            } else if rest.isEmpty {
                if let value { items[i] = value } else { items.remove(at: i) }
            } else {
                items[i] = items[i].setting(rest, value)
            }
            return .array(items)
        default:
            return self
        }
    }
}
