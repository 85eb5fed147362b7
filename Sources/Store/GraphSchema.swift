import Graph
import GRDB

/// The database schema and its migrations, oldest first.
enum GraphSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("path", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("title", .text)
                t.column("date", .text)
                t.column("contentHash", .text).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("encoding", .text)
            }
            try db.create(table: "node") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull().indexed()
                t.column("label", .text).notNull()
                t.column("text", .text)
                t.column("document", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("line", .integer).notNull()
                t.column("endLine", .integer).notNull()
                t.column("position", .integer).notNull()
                t.column("properties", .text).notNull()
            }
            try db.create(table: "edge") { t in
                t.column("source", .text).notNull().indexed()
                t.column("target", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("weight", .double)
                t.column("document", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("properties", .text).notNull()
                t.primaryKey(["source", "target", "kind"])
            }
        }
        migrator.registerMigration("v2: shared entities") { db in
            // Where each document names a shared entity (person, organisation, stakeholder group).
            try db.create(table: "source") { t in
                t.column("node", .text).notNull().indexed()
                t.column("document", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("label", .text).notNull()
                t.column("text", .text)
                t.column("line", .integer).notNull()
                t.column("endLine", .integer).notNull()
                t.column("position", .integer).notNull()
                t.column("properties", .text).notNull()
                t.primaryKey(["node", "document"])
            }
            // Two documents may state the same edge between shared entities.
            try db.create(table: "edge_v2") { t in
                t.column("source", .text).notNull().indexed()
                t.column("target", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("weight", .double)
                t.column("document", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("properties", .text).notNull()
                t.primaryKey(["source", "target", "kind", "document"])
            }
            try db.execute(sql: "INSERT INTO edge_v2 SELECT source, target, kind, weight, document, position, properties FROM edge")
            try db.drop(table: "edge")
            try db.rename(table: "edge_v2", to: "edge")
        }
        return migrator
    }
}
