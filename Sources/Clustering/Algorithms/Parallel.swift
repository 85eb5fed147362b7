import Dispatch
import Synchronization

/// Independent pieces of work on every core, their results in the order of the pieces, so that
/// what is computed never depends on which piece finished first.
public enum Parallel {
    /// `work(i)` for every i below `count`, in order of i.
    ///
    /// Each piece must be safe to run beside the others (value types, or thread-safe caches).
    public static func map<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(work) }
        let results = Mutex<[Int: Result]>([:])
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = work(index)
            results.withLock { $0[index] = result }
        }
        let done = results.withLock { $0 }
        return (0..<count).compactMap { done[$0] }
    }
}
