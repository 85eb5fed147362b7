import Dispatch
import Synchronization

/// Runs independent pieces of work on every core and returns their results in the order given:
/// the report's maps and agenda, which do not depend on each other, are made side by side.
///
/// Each piece must be safe to run beside the others (value types, or the thread-safe caches
/// of the text analysis); the results do not depend on how they were scheduled.
func concurrently<Result: Sendable>(_ work: [@Sendable () -> Result]) -> [Result] {
    guard work.count > 1 else { return work.map { $0() } }
    let results = Mutex<[Int: Result]>([:])
    DispatchQueue.concurrentPerform(iterations: work.count) { index in
        let result = work[index]()
        results.withLock { $0[index] = result }
    }
    let done = results.withLock { $0 }
    return work.indices.compactMap { done[$0] }
}
