import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct CSVTableTests {
    @Test func readsQuotedFieldsWithDelimitersQuotesAndNewlines() {
        let table = CSVTable(parsing: "id,text\n1,\"Werk, zorg en \"\"leren\"\"\"\n2,\"twee\nregels\"\n3,gewoon\n")
        #expect(table.header == ["id", "text"])
        #expect(table.rows.map(\.fields) == [["1", "Werk, zorg en \"leren\""], ["2", "twee\nregels"], ["3", "gewoon"]])
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test func detectsSemicolonsAndTabs() {
        #expect(CSVTable(parsing: "Inhoud;Kleur\nMantelzorg;geel\n").rows.first?.fields == ["Mantelzorg", "geel"])
        #expect(CSVTable(parsing: "text\tframe\nA, B\tx\n").rows.first?.fields == ["A, B", "x"])
    }

    /// Dictionary order changes from process to process; a tie must not follow it.
    @Test func breaksATieBetweenDelimitersInAFixedOrder() {
        #expect(CSVTable.delimiter(of: "a;b\tc\n") == ";")
        #expect(CSVTable.delimiter(of: "a,b\tc\n") == "\t")
        #expect(CSVTable.delimiter(of: "text\n") == ",")
    }

    @Test func findsAColumnByAnyOfItsNames() {
        let table = CSVTable(parsing: "ID,Sticky note,Frame\r\n1,Notitie,Thema\r\n")
        #expect(table.column(named: ["text", "content", "sticky note"]) == 1)
        #expect(table.column(named: ["onbekend"]) == nil)
        #expect(table.rows.first?.fields == ["1", "Notitie", "Thema"])
    }

    @Test func skipsEmptyRecordsAndKeepsATrailingFieldWithoutNewline() {
        let table = CSVTable(parsing: "\ntext\n\nlaatste")
        #expect(table.header == ["text"])
        #expect(table.rows.map(\.fields) == [["laatste"]])
    }
}
