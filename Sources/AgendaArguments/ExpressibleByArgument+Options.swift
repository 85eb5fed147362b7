public import ArgumentParser
public import Clustering
public import Export
public import Graph
public import Workspace

// Options with a fixed set of values are typed: `--help` lists the values and a typo is a
// usage error that names them.

extension ClusterScope: ExpressibleByArgument {}
extension ClusteringMethod: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension GraphMLProfile: ExpressibleByArgument {}
extension GraphColouring: ExpressibleByArgument {}
extension VOSviewerContent: ExpressibleByArgument {}
extension NodeKind: ExpressibleByArgument {}

extension DocumentKind: ExpressibleByArgument {}

extension ClusterCount: ExpressibleByArgument {
    /// `auto`, or a whole number of at least 1.
    public init?(argument: String) {
        if argument == "auto" {
            self = .automatic
        } else if let k = Int(argument), k >= 1 {
            self = .fixed(k)
        } else {
            return nil
        }
    }

    public var defaultValueDescription: String {
        switch self {
        case .automatic: "auto"
        case .fixed(let k): String(k)
        }
    }
}
