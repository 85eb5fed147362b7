/// The kinds of organisation the toolkit tells from a name (the value of ``PropertyKey/type``
/// on an organisation), with the Dutch word the agenda shows for each. A lexicon may give a
/// type of its own; it is shown as written.
public enum OrganisationType: String, Sendable, Hashable, Codable, CaseIterable {
    case hogeschool
    case university
    case municipality
    case ministry
    case foundation
    case network
    case government
    case cooperative

    /// The word a Dutch reader expects.
    public var dutchName: String {
        switch self {
        case .hogeschool: "hogeschool"
        case .university: "universiteit"
        case .municipality: "gemeente"
        case .ministry: "ministerie"
        case .foundation: "stichting"
        case .network: "netwerk"
        case .government: "overheid"
        case .cooperative: "coöperatie"
        }
    }

    /// The Dutch word for a stored type: a known one translated, any other as written.
    public static func dutchName(of stored: String) -> String {
        OrganisationType(rawValue: stored)?.dutchName ?? stored
    }
}
