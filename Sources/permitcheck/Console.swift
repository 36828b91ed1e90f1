import Foundation

/// Standard output for results, standard error for everything else.
enum Console {
    static func out(_ text: String) {
        print(text, terminator: "")
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
