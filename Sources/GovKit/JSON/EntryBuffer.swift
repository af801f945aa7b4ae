/// The entries of a parsed document, in memory of their own. The parser appends one per value and the decoders
/// read every one, so an `Array`'s checks on each access (is it shared, is the index in range) added up; here an
/// append checks only the capacity, and a read is a load. Owned by the parser while it runs, then by its
/// `JSONDocument`, which frees it; entries are never changed once the document exists.
struct EntryBuffer: @unchecked Sendable {
    private var base: UnsafeMutablePointer<JSONDocument.Entry>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ entry: JSONDocument.Entry) {
        if count == capacity { grow() }
        (base + count).initialize(to: entry)
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<JSONDocument.Entry>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    subscript(index: Int) -> JSONDocument.Entry {
        @inline(__always) get {
            assert(index >= 0 && index < count, "entry \(index) of \(count)")
            return base[index]
        }
        nonmutating set {
            assert(index >= 0 && index < count, "entry \(index) of \(count)")
            base[index] = newValue
        }
    }

    /// Frees the memory; called once, by whoever owns the buffer last.
    func deallocate() {
        base.deallocate()
    }
}
