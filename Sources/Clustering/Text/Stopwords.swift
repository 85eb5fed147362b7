/// Words too common to tell notes apart.
enum Stopwords {
    /// The Snowball Dutch stopword list, with the question words and auxiliaries that open
    /// sticky notes ("Hoe kun je …", "Wat is …"), and the English function words Dutch notes
    /// borrow phrases with ("good and bad jobs", "nudging for inclusion").
    static let dutch: Set<String> = Set("""
        aan al alle alles als altijd ander andere anders ben bij daar daarbij daarom dan dat de der deze die dit doch doen door dus een eens en enz er etc ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij jou jouw jullie kan kon kun kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou zouden welke welk waar wanneer waarom hoeveel waardoor waarmee hoe krijg krijgen krijgt maak maken maakt zorg zorgen zorgt gaan gaat komen komt kom laten laat zien staat staan bijv nl o.a m.n mn oa via elkaar for and the of to tussen binnen daarvan hierin hierbij zoals echt heel erg vooral ook nog steeds alleen vaak weer even beter goed goede meest
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The Snowball English stopword list.
    static let english: Set<String> = Set("""
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing would should could ought a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very can will just e.g. eg etc i.e ie number type types use used using
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
