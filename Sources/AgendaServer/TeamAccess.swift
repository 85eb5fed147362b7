/// How a team server knows its people: the name a person's access token stands for, looked up
/// (by the token's digest) in the store the team shares.
public struct TeamAccess: Sendable {
    /// The name of the person whose token this is, or `nil` for a token of no one's.
    public var member: @Sendable (_ token: String) throws -> String?

    public init(member: @escaping @Sendable (_ token: String) throws -> String?) {
        self.member = member
    }
}
