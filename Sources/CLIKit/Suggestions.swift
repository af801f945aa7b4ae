/// "Did you mean …" for mistyped command and option names.
enum Suggestions {
    /// The candidate closest to `input` (case-insensitive edit distance), if close enough to be a likely typo.
    static func closest(to input: String, among candidates: [String]) -> String? {
        let needle = input.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(needle, candidate.lowercased())
            if let current = best, current.1 <= d { continue }
            best = (candidate, d)
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(1, min(3, (max(needle.count, candidate.count) + 2) / 3))
        return d <= limit ? candidate : nil
    }

    /// Damerau–Levenshtein distance (an adjacent transposition is one step).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// `did you mean 'x'? ` or nothing, to start a hint with.
    static func didYouMean(_ input: String, among candidates: [String], prefix: String = "") -> String {
        closest(to: input, among: candidates).map { "did you mean '\(prefix)\($0)'? " } ?? ""
    }
}

/// Words as a shell reads them back: `LVMS`, `'Sesam LMN'`, `"Kari's PC"`.
enum ShellQuote {
    static func quote(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@,+%".contains($0) }
        if plain && !word.isEmpty { return word }
        if !word.contains("'") { return "'\(word)'" }
        var escaped = ""
        for character in word {
            if "\"$`\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"\(escaped)\""
    }
}

extension Array where Element == String {
    /// `a, b or c`.
    var orList: String {
        count <= 1 ? joined() : dropLast().joined(separator: ", ") + " or " + last!
    }
}
