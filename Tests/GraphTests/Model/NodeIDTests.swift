import Graph
import Testing

@Suite struct NodeIDTests {
    @Test func makesEveryKindOfIdTheSameWayEveryTime() {
        #expect(NodeID.local("bpa", "w1.g2") == "bpa:w1.g2")
        #expect(NodeID.person(named: "Paul van der Aa") == "person:paul-van-der-aa")
        #expect(NodeID.stakeholderGroup(named: "Werkgevers & MKB") == "stakeholder-group:werkgevers-mkb")
        #expect(NodeID.organisation(key: "inholland") == "organisation:inholland")
        #expect(NodeID.cluster(run: "cluster-run-group", part: "bpa:w1.g2", number: 3) == "cluster-run-group:bpa_w1.g2.c3")
        #expect(NodeID.slug("Coöperatie ’t Werkhuys") == "cooperatie-t-werkhuys")
        #expect(NodeID.document(file: "corpus/bpa-werkateliers-2018.txt") == "bpa-werkateliers-2018")
        #expect(NodeID.document(file: "/tmp/verslag.v2.docx") == "verslag.v2")
        #expect(NodeID.document(file: "notities") == "notities")
        #expect(NodeID.document(file: ".verborgen") == ".verborgen")
    }
}
