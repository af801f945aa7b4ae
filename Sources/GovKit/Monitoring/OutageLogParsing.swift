/// Reading the bytes of the outage log into records: one pass, in pieces on all cores (a log of 100 MB holds about
/// 700,000 records, and every check reads all of them).
extension OutageLog {
    /// Every line as a record, or the first line that is not one (a torn or corrupt line).
    static func parse(_ bytes: [UInt8], path: String) -> Result<[OutageRecord], GovError> {
        let pieces = Self.pieces(bytes)
        // Each piece's first line number: the lines before it, counted on all cores.
        let counts = ParallelMap.map(pieces) { piece in bytes[piece].reduce(0) { $1 == newline ? $0 + 1 : $0 } }
        var firstLine = 1
        let numbered = zip(pieces, counts).map { piece, count in
            defer { firstLine += count }
            return (piece, firstLine)
        }
        let read = ParallelMap.map(numbered) { piece, first in
            // A copy of its own for each piece: the many slices of a piece then count references to it alone,
            // not to one buffer shared by every core.
            Self.records(
                Array(bytes[piece]), firstLine: first, endsTheFile: piece.upperBound == bytes.count, path: path)
        }
        var records: [OutageRecord] = []
        records.reserveCapacity(read.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) })
        for piece in read {
            switch piece {
            case .success(let some): records += some
            case .failure(let error): return .failure(error)
            }
        }
        return .success(records)
    }

    private static let newline = UInt8(ascii: "\n")

    /// Byte ranges of about 1 MB that each end after a line end (the last one at the end of the file).
    static func pieces(_ bytes: [UInt8]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + (1 << 20), bytes.count)
            while end < bytes.count, bytes[end - 1] != newline { end += 1 }
            pieces.append(start..<end)
            start = end
        }
        return pieces
    }

    /// The records of the lines in `bytes`, the first of which is line `firstLine`, or the first line that is not one.
    private static func records(_ bytes: [UInt8], firstLine: Int, endsTheFile: Bool, path: String) -> Result<
        [OutageRecord], GovError
    > {
        var records: [OutageRecord] = []
        var line = firstLine
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            defer {
                start = end + 1
                line += 1
            }
            guard end > start else { continue }
            let slice = bytes[start..<end]
            let outcome: Result<OutageRecord, RecordProblem>
            do throws(JSONSyntaxIssue) {
                // Lines as govctl writes them are read directly; any other form by the full JSON reader.
                if let json = OutageLine.compactObject(slice) {
                    outcome = OutageRecord.read(json)
                } else {
                    let parsed = try JSONParser.parse(Array(slice))
                    if let duplicate = parsed.duplicateKeys.first {
                        // jq and Python take the last value, govctl's reader the first: no one can tell which counts.
                        outcome = .failure(
                            RecordProblem(
                                "it has a key twice (\(duplicate.message))",
                                hint:
                                    "correct line \(line) by hand (keep a copy; 'govctl outage repair' mends only a torn last line): readers disagree on which value counts"
                            ))
                    } else {
                        outcome = OutageRecord.read(parsed.root.value)
                    }
                }
            } catch {
                outcome = .failure(RecordProblem("it is not JSON (\(error.message))"))
            }
            switch outcome {
            case .success(var record):
                record.line = line
                records.append(record)
            case .failure(let problem):
                // A last line without its line end is a write that was cut off.
                let torn = endsTheFile && end == bytes.count
                return .failure(
                    GovError(
                        .dataError, "\(path) line \(line) is not a valid outage record: \(problem.reason)",
                        hint: problem.hint
                            ?? (torn
                                ? "a write was cut off; 'govctl outage repair --state \(path)' drops that line and keeps a backup"
                                : "correct or remove line \(line) by hand (keep a copy); govctl reads no log it cannot read completely")
                    ))
            }
        }
        return .success(records)
    }
}
