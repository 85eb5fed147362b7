import Foundation
import Graph

/// JSON for properties, with sorted keys so equal properties give equal text; lists are JSON arrays.
enum PropertyCoding {
    static func encode(_ properties: Properties) throws -> String {
        guard !properties.isEmpty else { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(properties), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> Properties {
        try JSONDecoder().decode(Properties.self, from: Data(text.utf8))
    }
}

extension PropertyCoding {
    /// ``encode(_:)``, failing as a store error.
    static func encoded(_ properties: Properties) throws(GraphError) -> String {
        do { return try encode(properties) } catch {
            throw GraphError(.database, problem: "properties could not be written as JSON (\(error))", remedy: "report this as a bug in agenda")
        }
    }

    /// ``decode(_:)``, failing as a store error naming the store.
    static func decoded(_ text: String, location: String?) throws(GraphError) -> Properties {
        do { return try decode(text) } catch let error as DecodingError {
            throw GraphError(.database, file: location, problem: "the database holds properties this version of agenda cannot read (\(DecodingFailure.summary(error)))", remedy: "rebuild it with `agenda build`, or open it with the version of agenda that wrote it")
        } catch {
            throw GraphError(.database, file: location, problem: "the database holds properties this version of agenda cannot read (\(error))", remedy: "rebuild it with `agenda build`, or open it with the version of agenda that wrote it")
        }
    }
}
