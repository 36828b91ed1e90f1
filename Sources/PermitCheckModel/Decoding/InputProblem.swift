/// Something wrong with an input document (a filing or a registry), positioned
/// by JSON Pointer and by line and column.
///
/// Problems are data: the decoder collects all of them and never stops at the
/// first, so one run tells the filer everything to fix. `code` is a stable
/// string (`input.missing-field`, `input.wrong-type`…, see ``InputCode``).
public struct InputProblem: Sendable, Hashable, CustomStringConvertible {
    /// Errors make the document unusable; warnings (unknown fields) do not.
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var code: String
    public var message: LocalizedText
    /// RFC 6901 pointer to the offending value (or to where a missing one belongs); `""` is the root.
    public var pointer: String
    /// 1-based line.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int

    public init(severity: Severity, code: String, message: LocalizedText, pointer: String, line: Int, column: Int) {
        self.severity = severity; self.code = code; self.message = message
        self.pointer = pointer; self.line = line; self.column = column
    }

    /// The problem as every report shows it, in English (``text(_:)``).
    public var description: String { text(.en) }
}

/// The outcome of decoding: the value when the document is usable, and every problem found.
public struct Decoded<Value: Sendable>: Sendable {
    /// `nil` exactly when `problems` holds at least one error.
    public var value: Value?
    /// Errors and warnings in document order.
    public var problems: [InputProblem]

    public init(value: Value?, problems: [InputProblem]) { self.value = value; self.problems = problems }

    public var errors: [InputProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [InputProblem] { problems.filter { $0.severity == .warning } }
}

/// The stable codes of input problems, documented for filers and tool authors.
public enum InputCode {
    /// The text is not JSON (also: truncated, nested too deeply).
    public static let syntax = "input.syntax"
    /// A string is not valid UTF-8.
    public static let badUTF8 = "input.bad-utf8"
    /// A required field is absent or `null`.
    public static let missingField = "input.missing-field"
    /// A value has the wrong JSON type.
    public static let wrongType = "input.wrong-type"
    /// A date is not `YYYY-MM-DD` or does not exist.
    public static let badDate = "input.bad-date"
    /// A time is not RFC 3339 with an offset.
    public static let badTime = "input.bad-time"
    /// A value outside a closed set (kinds, classes, pollutants, flags, intervals…).
    public static let unknownEnum = "input.unknown-enum"
    /// `values`, `o2`, `flow` and `flags` of a series differ in length.
    public static let lengthMismatch = "input.length-mismatch"
    /// A unit outside filing-v1's set, or of the wrong dimension for its field.
    public static let badUnit = "input.bad-unit"
    /// A number outside its field's range (negative quantity, fraction above 1…).
    public static let outOfRange = "input.out-of-range"
    /// `schema` is not the expected document type and version.
    public static let wrongSchema = "input.wrong-schema"
    /// A credit code holds a character outside ASCII (GB 32100-2015's alphabet is ASCII; a
    /// look-alike such as U+212A KELVIN SIGN would pass a scope check and miss every lookup).
    public static let nonASCIICode = "input.non-ascii-code"
    /// Standard input was read as JSON Lines and its first line ended inside a value (a warning:
    /// one pretty-printed document wants `--single-document`).
    public static let standardInputLines = "input.stdin-lines"
    /// A field filing-v1 does not define (a warning).
    public static let unknownField = "input.unknown-field"
    /// An object names the same member twice: which value counts is ambiguous.
    public static let duplicateKey = "input.duplicate-key"
    /// A file or stream could not be read (batch input).
    public static let unreadable = "input.unreadable"
    /// A gzip stream is corrupt or truncated (batch input).
    public static let badGzip = "input.bad-gzip"
    /// One document (a line of an uploaded batch) is larger than the service accepts.
    public static let tooLarge = "input.too-large"
}
