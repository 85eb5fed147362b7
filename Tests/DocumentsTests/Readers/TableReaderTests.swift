import Documents
import Graph
import Testing

@Suite struct TableReaderTests {
    @Test func readsAHeaderAndOneRowPerRecordWithItsCells() {
        let outline = TableReader().read("text;frame\n\"Werk &amp; zorg\ncombineren\";Zorg\nRobots;Techniek\n", document: "board")
        #expect(outline.isTable)
        #expect(outline.blocks.map(\.cells) == [["text", "frame"], ["Werk &amp; zorg\ncombineren", "Zorg"], ["Robots", "Techniek"]])
        #expect(outline.blocks.map(\.line) == [1, 2, 4])
        #expect(outline.blocks.first?.kind == .tableRow(cells: ["text", "frame"], isHeader: true))
    }

    @Test func aTextIsNoTable() {
        #expect(!PlainTextReader().read("Zorg\n· Mantelzorg\n", document: "n").isTable)
    }
}
