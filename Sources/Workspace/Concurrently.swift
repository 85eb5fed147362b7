import Clustering

/// Runs independent pieces of work on every core and returns their results in the order given:
/// the report's maps and agenda, which do not depend on each other, are made side by side.
///
/// Each piece must be safe to run beside the others (value types, or the thread-safe caches
/// of the text analysis); the results do not depend on how they were scheduled.
func concurrently<Result: Sendable>(_ work: [@Sendable () -> Result]) -> [Result] {
    Parallel.map(work.count) { work[$0]() }
}
