import Dispatch

/// `map` over independent items on all cores, keeping the order of the input.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        let chunks = min(items.count, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < items.count {
                box.set(i, transform(items[i]))
                i += chunks
            }
        }
        return box.take()
    }
}

/// Slots in raw memory: each is written by exactly one iteration, and read only after all have finished.
/// (A Swift array would be mutated from several threads at once, which its exclusivity checks forbid.)
private final class ResultBox<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: R) { slots[index] = value }

    func take() -> [R] { (0..<count).compactMap { slots[$0] } }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
