/// Finding ids used twice among the few of one file or guide.
enum Repeats {
    /// The positions of the elements that repeat an earlier one, in order.
    /// Compared pairwise for the handful of ids a file or guide has (hashing a string costs more than comparing
    /// a few dozen short ones); through a set past 32.
    static func positions(in ids: [String]) -> [Int] {
        var found: [Int] = []
        if ids.count <= 32 {
            for i in ids.indices where ids[..<i].contains(ids[i]) { found.append(i) }
        } else {
            var seen = Set<String>()
            for i in ids.indices where !seen.insert(ids[i]).inserted { found.append(i) }
        }
        return found
    }
}
