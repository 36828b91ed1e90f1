/// The one way an input problem reads for people, used by every report
/// format and by `explain`: `line:column severity[code] pointer: message`,
/// with the root pointer shown as `/`. Formats that mark up the parts (HTML,
/// colour on a terminal) take them from ``InputProblem/Rendering``.
extension InputProblem {
    /// The parts of a problem's text, in the order they are shown.
    public struct Rendering: Sendable {
        /// `line:column`.
        public var position: String
        /// `error`, or the word for a warning in the language.
        public var severity: String
        public var code: String
        /// The JSON Pointer, `/` for the document itself.
        public var pointer: String
        public var message: String
    }

    public func rendering(_ language: Language) -> Rendering {
        Rendering(
            position: "\(line):\(column)",
            severity: severity == .error ? "error" : (language == .zh ? "警告" : "warning"),
            code: code, pointer: pointer.isEmpty ? "/" : pointer, message: message.text(language))
    }

    /// `line:column severity[code] pointer: message`.
    public func text(_ language: Language) -> String {
        let r = rendering(language)
        return "\(r.position) \(r.severity)[\(r.code)] \(r.pointer): \(r.message)"
    }
}
