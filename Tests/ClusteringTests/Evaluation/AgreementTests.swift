import Testing
@testable import Clustering

@Suite struct AgreementTests {
    @Test func identicalPartitionsAgreeFully() {
        #expect(Agreement.adjustedRandIndex(["a", "a", "b", "b"], [1, 1, 0, 0]) == 1)
        #expect(abs(Agreement.normalizedMutualInformation(["a", "a", "b", "b"], [1, 1, 0, 0]) - 1) < 1e-12)
    }

    @Test func matchesScikitLearnOnAKnownCase() {
        // sklearn: adjusted_rand_score([0,0,1,1,2,2],[0,0,1,2,2,2]) = 0.4444…; NMI (arithmetic) = 0.73967…
        let a = [0, 0, 1, 1, 2, 2], b = [0, 0, 1, 2, 2, 2]
        #expect(abs(Agreement.adjustedRandIndex(a, b) - 0.444444444444) < 1e-9)
        #expect(abs(Agreement.normalizedMutualInformation(a, b) - 0.7396673768) < 1e-9)
    }

    @Test func unrelatedPartitionsScoreAroundZeroOrBelow() {
        #expect(Agreement.adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]) < 0)
        #expect(Agreement.normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]) == 0)
    }
}
