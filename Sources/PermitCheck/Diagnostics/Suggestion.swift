/// "Did you mean …": the closest candidate by edit distance, when close enough.
enum Suggestion {
    /// The candidate nearest to `word`, if its distance is at most a third of
    /// the word's length (at least 1, at most 3). Case differences count half.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = min(3, max(1, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let d = distance(word, candidate)
            guard d <= limit else { continue }
            // Ties go to the first in byte order, so the hint never depends on a dictionary's order.
            if let current = best {
                if d > current.1 { continue }
                if d == current.1, !candidate.utf8.lexicographicallyPrecedes(current.0.utf8) { continue }
            }
            best = (candidate, d)
        }
        return best?.0
    }

    /// Levenshtein distance over Unicode scalars, case-insensitive, where
    /// swapping two neighbours (`coutn` for `count`) is one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var before = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[y.count]
    }

    /// "did you mean `x`?" in both languages, for `Diagnostic.suggestion`.
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean `\($0)`? 是否应为 `\($0)`？" }
    }
}
