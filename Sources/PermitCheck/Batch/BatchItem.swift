/// One document of a batch: where it came from, and its bytes or why they could not be read.
public struct BatchItem: Sendable {
    /// The bytes of one document, or an input problem that stands in for it.
    public enum Content: Sendable {
        case document([UInt8])
        /// `input.unreadable` or `input.bad-gzip`; its pointer is `""`, and
        /// line and column are 0 where the failure has no position in the text.
        case failure(InputProblem)
    }

    /// The file path, or `-` for standard input.
    public var source: String
    /// 1-based line for JSON Lines input; `nil` for a whole-file document.
    public var line: Int?
    /// How the bytes are read (``InputFormat/choose(path:document:)`` when not given).
    public var format: InputFormat
    public var content: Content
    /// Warnings about how the item was framed (``InputCode/standardInputLines``),
    /// reported with the document's own problems when it does not decode.
    public var notes: [InputProblem] = []

    public init(source: String, line: Int?, format: InputFormat? = nil, content: Content) {
        self.source = source; self.line = line; self.content = content
        if let format {
            self.format = format
        } else if case .document(let bytes) = content {
            self.format = InputFormat.choose(path: source, document: bytes[...])
        } else {
            self.format = InputFormat.choose(path: source)
        }
    }

    /// Where the item was read from.
    public var origin: ItemSource { ItemSource(path: source, line: line) }

    /// Decodes the item in its format; a read failure becomes the decoded result's one error.
    /// Positions in the problems count from the start of the item (the line, for JSON Lines).
    public func decodeFiling() -> Decoded<Filing> {
        switch content {
        case .document(let bytes):
            var decoded = format.decode(bytes)
            if decoded.value == nil { decoded.problems += notes }
            return decoded
        case .failure(let problem): return Decoded(value: nil, problems: [problem])
        }
    }
}

/// Where an item of a check or an audit came from: a file (or `-` for
/// standard input, or the service's `request`) and, for JSON Lines, its line.
public struct ItemSource: Sendable, Hashable {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    /// A request body, not a file: reports give no file location (its path is empty).
    public static let requestBody = ItemSource(path: "")
}

/// Why a batch source could not be read; becomes a `BatchItem` failure.
struct BatchFailure: Error {
    var code: String
    var message: LocalizedText

    static func unreadable(_ path: String, _ reason: String) -> BatchFailure {
        BatchFailure(code: InputCode.unreadable, message: InputMessage.unreadable(path, reason))
    }

    static func badGzip(_ path: String, _ reason: String) -> BatchFailure {
        BatchFailure(code: InputCode.badGzip, message: InputMessage.badGzip(path, reason))
    }

    func problem(line: Int) -> InputProblem {
        InputProblem(severity: .error, code: code, message: message, pointer: "", line: line, column: 0)
    }
}
