/// Identifier checks (filled in with the identifier functions).
enum IdentifierLibrary {
    static let all: [Builtin] = []
}
