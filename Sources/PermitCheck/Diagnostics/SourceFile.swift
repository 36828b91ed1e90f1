/// The text of one rule-pack file, kept so diagnostics can quote the line they point at.
public struct SourceFile: Sendable, Hashable {
    /// The name shown in diagnostics (a path relative to where the user ran).
    public let name: String
    /// The whole text.
    public let text: String
    /// Lines without their terminators, for caret rendering.
    let lines: [Substring]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.last == "\r" ? $0.dropLast() : $0
        }
    }

    /// The 1-based `line`'s text, or `nil` past the end.
    public func line(_ line: Int) -> Substring? {
        line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    public static func == (a: SourceFile, b: SourceFile) -> Bool { a.name == b.name && a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// A place in a source: file name, 1-based line and column (columns count
/// Unicode scalars, as libyaml marks do).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file; self.line = line; self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}
