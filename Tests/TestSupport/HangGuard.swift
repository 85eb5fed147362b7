public import Testing

/// The time limit of the tests that guard against a hang (a zip bomb, an alias bomb, a style
/// loop): long enough that waiting for a free test thread while the suite's long tests (builds,
/// servers, browsers) run never counts as a hang, short enough that a real hang still fails the
/// test within CI's time. How fast a refusal is belongs in the benchmarks, not here.
public enum HangGuard {
    public static let limit = TimeLimitTrait.Duration.minutes(10)
}
