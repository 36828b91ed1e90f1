/// A problem with a rule source: a pack that is malformed, misspelt or mistyped.
///
/// Diagnostics are data. Every phase collects them instead of printing or
/// stopping at the first, and one renderer turns them into text or JSON.
/// `code` is a stable `phase.kebab-name` string documented for rule authors.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var code: String
    public var message: LocalizedText
    public var location: SourceLocation
    /// Number of columns to underline (at least 1).
    public var length: Int
    /// "did you mean …" or another short hint.
    public var suggestion: String?

    public init(
        _ severity: Severity = .error, code: String, message: LocalizedText, at location: SourceLocation,
        length: Int = 1, suggestion: String? = nil
    ) {
        self.severity = severity; self.code = code; self.message = message
        self.location = location; self.length = max(1, length); self.suggestion = suggestion
    }

    /// Diagnostics sort by file, line, column, then code, so reports are stable.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        return a.code < b.code
    }
}

/// Diagnostics gathered by one phase; a phase appends and never stops early.
struct DiagnosticSink {
    private(set) var all: [Diagnostic] = []

    mutating func add(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    mutating func add(contentsOf more: [Diagnostic]) { all.append(contentsOf: more) }

    var hasErrors: Bool { all.contains { $0.severity == .error } }
}

/// Thrown by the public API when a pack does not compile; carries every diagnostic.
public struct CompileFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]

    public init(diagnostics: [Diagnostic], sources: [SourceFile]) {
        self.diagnostics = diagnostics.sorted()
        self.sources = sources
    }

    public var description: String {
        DiagnosticRenderer(sources: sources).text(diagnostics, language: .en)
    }
}

extension Diagnostic {
    /// A diagnostic from a phase's `(code, text)` message.
    init(_ message: (String, LocalizedText), at location: SourceLocation, length: Int = 1, suggestion: String? = nil) {
        self.init(code: message.0, message: message.1, at: location, length: length, suggestion: suggestion)
    }
}
