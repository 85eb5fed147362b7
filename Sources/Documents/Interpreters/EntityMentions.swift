import Graph
/// Finds every kind of stakeholder in a block and records them in a delta: people (with their
/// roles and organisations), organisations, and stakeholder groups, each mentioned by the node
/// the block belongs to.
///
/// Its patterns are compiled once, when an interpreter is made, and only read afterwards.
final class EntityMentions: @unchecked Sendable {
    // @unchecked: the compiled regular expressions inside are never changed after `init`.
    let people: PersonMentionFinder
    let organisations: OrganisationFinder
    let groups: StakeholderGroupFinder
    let names: OrganisationNames

    init(lexicon: Lexicon) throws(GraphError) {
        people = try PersonMentionFinder(lexicon: lexicon)
        organisations = try OrganisationFinder(lexicon: lexicon)
        groups = StakeholderGroupFinder(groups: lexicon.stakeholderGroups)
        names = OrganisationNames(lexicon: lexicon)
    }

    /// The ids of the people and organisations named in `block` (added to `builder`), and,
    /// when `mentioner` is given, `mentions` edges from it to them and to stakeholder groups.
    @discardableResult
    func record(_ block: OutlineBlock, mentionedBy mentioner: String?, in builder: inout DeltaBuilder, stakeholderGroups: Bool = true) -> (people: [String], organisations: [String]) {
        var personIDs: [String] = []
        var organisationIDs: [String] = []
        for mention in people.mentions(in: block.text) {
            let id = builder.addPerson(mention, at: block)
            personIDs.append(id)
            if let mentioner { builder.connect(mentioner, id, .mentions) }
            for edge in builder.edges where edge.source == id && edge.kind == .affiliatedWith && !organisationIDs.contains(edge.target) {
                organisationIDs.append(edge.target)
            }
        }
        for written in organisations.organisations(in: block.text) {
            let id = builder.addOrganisation(written, at: block, type: organisations.type(of: written))
            organisationIDs.append(id)
            if let mentioner { builder.connect(mentioner, id, .mentions) }
        }
        if stakeholderGroups, let mentioner {
            for group in groups.groups(in: block.text) {
                builder.connect(mentioner, builder.addStakeholderGroup(group, at: block), .mentions)
            }
        }
        return (personIDs, organisationIDs)
    }
}
