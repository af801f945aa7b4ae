import Dispatch
import Synchronization

/// `map` over independent items on all cores, keeping the order of the input.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        // Each iteration maps every `chunks`-th item on its own, then stores its results under the lock at once.
        let chunks = min(items.count, 64)
        let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let mine = stride(from: chunk, to: items.count, by: chunks).map { ($0, transform(items[$0])) }
            results.withLock { slots in
                for (index, result) in mine { slots[index] = result }
            }
        }
        return results.withLock { slots in slots.compactMap { $0 } }
    }
}
