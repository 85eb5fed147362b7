import Graph
import GRDB

/// The database schema and its migrations, oldest first.
enum SQLiteSchema {
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
        migrator.registerMigration("v3: runs apart from documents") { db in
            // The toolkit's runs get a table of their own; their nodes and edges name the run
            // where a document's name the document, so node and edge no longer refer to
            // the document table (each write deletes what it replaces itself).
            try db.create(table: "run") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("command", .text).notNull()
                t.column("title", .text).notNull()
                t.column("date", .text)
                t.column("fingerprint", .text).notNull()
            }
            let runKinds = RunKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            try db.execute(sql: "INSERT INTO run SELECT id, kind, path, COALESCE(title, id), date, fingerprint FROM document WHERE kind IN (\(runKinds))")
            try db.create(table: "node_v3") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull().indexed()
                t.column("label", .text).notNull()
                t.column("text", .text)
                t.column("document", .text).notNull().indexed()
                t.column("line", .integer).notNull()
                t.column("endLine", .integer).notNull()
                t.column("position", .integer).notNull()
                t.column("properties", .text).notNull()
            }
            try db.create(table: "edge_v3") { t in
                t.column("source", .text).notNull().indexed()
                t.column("target", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("weight", .double)
                t.column("document", .text).notNull().indexed()
                t.column("position", .integer).notNull()
                t.column("properties", .text).notNull()
                t.primaryKey(["source", "target", "kind", "document"])
            }
            try db.execute(sql: "INSERT INTO node_v3 SELECT id, kind, label, text, document, line, endLine, position, properties FROM node")
            try db.execute(sql: "INSERT INTO edge_v3 SELECT source, target, kind, weight, document, position, properties FROM edge")
            try db.drop(table: "node")
            try db.drop(table: "edge")
            try db.rename(table: "node_v3", to: "node")
            try db.rename(table: "edge_v3", to: "edge")
            try db.execute(sql: "DELETE FROM document WHERE kind IN (\(runKinds))")
        }
        migrator.registerMigration("v4: decisions' history") { db in
            // Each version of a decision set, as a team's store keeps them (and a copy carries).
            try db.create(table: "decision") { t in
                t.autoIncrementedPrimaryKey("sequence")
                t.column("set", .text).notNull().indexed()
                t.column("author", .text).notNull()
                t.column("time", .text).notNull()
                t.column("change", .text).notNull()
                t.column("content", .text).notNull()
            }
        }
        migrator.registerMigration("v5: team members") { db in
            try db.create(table: "person") { t in
                t.primaryKey("name", .text)
                t.column("tokenDigest", .text).notNull().unique()
                t.column("added", .text).notNull()
            }
        }
        return migrator
    }
}
