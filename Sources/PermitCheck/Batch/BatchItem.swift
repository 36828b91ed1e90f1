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
    public var content: Content

    public init(source: String, line: Int?, content: Content) {
        self.source = source; self.line = line; self.content = content
    }

    /// Decodes the item as a filing; a read failure becomes the decoded result's one error.
    /// Positions in the problems count from the start of the item (the line, for JSON Lines).
    public func decodeFiling() -> Decoded<Filing> {
        switch content {
        case .document(let bytes): return Filing.decode(bytes)
        case .failure(let problem): return Decoded(value: nil, problems: [problem])
        }
    }
}

/// Why a batch source could not be read; becomes a `BatchItem` failure.
struct BatchFailure: Error {
    var code: String
    var message: LocalizedText

    static func unreadable(_ path: String, _ reason: String) -> BatchFailure {
        BatchFailure(code: InputCode.unreadable,
                     message: LocalizedText(zh: "无法读取“\(path)”：\(reason)", en: "cannot read '\(path)': \(reason)"))
    }

    static func badGzip(_ path: String, _ reason: String) -> BatchFailure {
        BatchFailure(code: InputCode.badGzip,
                     message: LocalizedText(zh: "“\(path)”不是有效的 gzip 数据：\(reason)", en: "'\(path)' is not valid gzip data: \(reason)"))
    }

    func problem(line: Int) -> InputProblem {
        InputProblem(severity: .error, code: code, message: message, pointer: "", line: line, column: 0)
    }
}
