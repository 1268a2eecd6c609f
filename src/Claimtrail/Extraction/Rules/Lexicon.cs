using System.Collections.Frozen;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// The word lists the rule stages share. Lower-case; multi-word entries are space-separated and matched
/// token by token. Kept in one place so a reader sees every rule's vocabulary at once.
/// </summary>
internal static class Lexicon
{
    /// <summary>Speech and report verbs that introduce content after them ("X said that …").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "say", "saying", "told", "tells", "tell", "claims", "claimed", "claim", "claiming",
        "notes", "noted", "note", "reported", "reports", "report", "stated", "states", "state", "announced", "announces",
        "wrote", "writes", "write", "added", "adds", "explained", "explains", "warned", "warns", "insisted", "insists",
        "argued", "argues", "alleged", "alleges", "suggested", "suggests", "suggest", "believes", "believe", "believed",
        "estimated", "estimates", "denied", "denies", "deny", "confirmed", "confirms", "confirm", "posted", "posts",
        "tweeted", "tweets", "acknowledged", "acknowledges", "admitted", "admits", "asserted", "asserts", "declared",
        "declares", "maintained", "maintains", "stressed", "stresses", "emphasised", "emphasized", "revealed", "reveals",
        "disclosed", "predicted", "predicts", "promised", "promises", "vowed", "vows", "contended", "contends", "observed",
        "recalled", "replied", "responded", "answered", "agreed", "testified", "thinks", "thought", "feared", "fears",
        "hopes", "hoped", "indicated", "indicates", "showed", "shows", "concluded", "concludes", "found", "finds",
        "rejected", "rejects", "dismissed", "dismisses", "questioned", "questions", "doubted", "doubts", "accused",
        "accuses", "blamed", "blames", "charged", "informed", "assured", "reiterated", "repeated", "conceded", "quipped",
        "complained", "complains", "announce", "warn", "insist", "argue", "allege", "admit", "acknowledge", "explain",
        "claimed", "asked", "asks", "refuted", "refutes", "disputed", "disputes");

    /// <summary>Multi-word cues that work like a speech verb.</summary>
    public static readonly string[] SpeechPhrases =
    [
        "point out", "points out", "pointed out", "told reporters", "told journalists", "told the press", "told a news conference",
        "said in a statement", "said on", "wrote on", "posted on", "made clear", "went on to say", "is quoted as saying",
        "was quoted as saying", "were quoted as saying", "has said", "have said", "had said", "has claimed", "have claimed",
    ];

    /// <summary>Cues that come before their source: "according to X", "citing X".</summary>
    public static readonly string[] SourceFirstPhrases =
    [
        "according to", "citing", "as reported by", "as cited by", "quoted from", "quoted by", "cited by", "reported by",
        "via", "in the words of", "as quoted by", "sources at", "a source in",
    ];

    /// <summary>Verbs of publishing media: "published videos that allegedly show …".</summary>
    public static readonly FrozenSet<string> PublishVerbs = Set(
        "published", "publishes", "publish", "posted", "posts", "shared", "shares", "released", "releases", "circulated",
        "circulates", "aired", "broadcast", "uploaded", "distributed", "showed", "shows", "displayed");

    /// <summary>Verbs by which media "show" what they are said to show.</summary>
    public static readonly FrozenSet<string> ShowVerbs = Set(
        "show", "shows", "showing", "showed", "depict", "depicts", "depicting", "reveal", "reveals", "revealing",
        "suggest", "suggests", "suggesting", "prove", "proves", "appear", "appears", "capture", "captures", "capturing");

    /// <summary>Nouns of evidence and their kind.</summary>
    public static readonly FrozenDictionary<string, Model.EvidenceKind> EvidenceNouns = new Dictionary<string, Model.EvidenceKind>(StringComparer.Ordinal)
    {
        ["photo"] = Model.EvidenceKind.Photo, ["photos"] = Model.EvidenceKind.Photo, ["photograph"] = Model.EvidenceKind.Photo,
        ["photographs"] = Model.EvidenceKind.Photo, ["image"] = Model.EvidenceKind.Photo, ["images"] = Model.EvidenceKind.Photo,
        ["picture"] = Model.EvidenceKind.Photo, ["pictures"] = Model.EvidenceKind.Photo, ["screenshot"] = Model.EvidenceKind.Photo,
        ["screenshots"] = Model.EvidenceKind.Photo, ["satellite imagery"] = Model.EvidenceKind.Photo, ["imagery"] = Model.EvidenceKind.Photo,
        ["video"] = Model.EvidenceKind.Video, ["videos"] = Model.EvidenceKind.Video, ["footage"] = Model.EvidenceKind.Video,
        ["clip"] = Model.EvidenceKind.Video, ["clips"] = Model.EvidenceKind.Video, ["recording"] = Model.EvidenceKind.Video,
        ["recordings"] = Model.EvidenceKind.Video, ["livestream"] = Model.EvidenceKind.Video,
        ["document"] = Model.EvidenceKind.Document, ["documents"] = Model.EvidenceKind.Document, ["letter"] = Model.EvidenceKind.Document,
        ["memo"] = Model.EvidenceKind.Document, ["evidence"] = Model.EvidenceKind.Unspecified,
        ["proof"] = Model.EvidenceKind.Unspecified,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that end a source phrase when walking left from a cue.</summary>
    public static readonly FrozenSet<string> ClauseBreakers = Set(
        "that", "which", "who", "whom", "whose", "when", "while", "because", "since", "although", "though", "if", "unless",
        "after", "before", "as", "and", "but", "or", "so", "yet", "where", "whereas", "than", "to", "for", "with", "by",
        "on", "in", "at", "from", "about", "into", "of", "asked", "is", "are", "was", "were", "be", "been");

    /// <summary>Prepositions that qualify a source noun rather than end the source phrase ("residents of the district").</summary>
    public static readonly FrozenSet<string> QualifierPrepositions = Set("of", "in", "at", "from", "inside", "within", "close");

    /// <summary>Nouns for people and sources that take a qualifier after them ("a source in the ministry", "farmers in the valley").</summary>
    public static readonly FrozenSet<string> QualifiedSources = Set(
        "source", "sources", "official", "officials", "resident", "residents", "farmers", "doctors", "staff", "workers",
        "employees", "members", "member", "experts", "witnesses", "people", "spokesman", "spokeswoman", "spokesperson",
        "representative", "representatives", "officers", "officer", "activists", "volunteers", "analysts", "diplomats",
        "deputies", "journalists", "researchers", "scientists", "teachers", "nurses", "locals", "someone", "one", "head", "chief");

    /// <summary>Words of a writer's condition on the truth of material: "if confirmed", "if the images are genuine".</summary>
    public static readonly FrozenSet<string> VerificationWords = Set(
        "confirmed", "true", "verified", "accurate", "proven", "correct", "genuine", "authentic", "real", "right", "borne");

    /// <summary>Words dropped from the front of a source phrase.</summary>
    public static readonly FrozenSet<string> LeadingNoise = Set(
        "but", "and", "however", "meanwhile", "also", "still", "yet", "so", "then", "now", "later", "earlier", "today",
        "yesterday", "moreover", "furthermore", "instead", "indeed", "separately");

    /// <summary>Words dropped from the end of a source phrase (auxiliaries and adverbs before the verb).</summary>
    public static readonly FrozenSet<string> TrailingNoise = Set(
        "has", "have", "had", "also", "again", "repeatedly", "previously", "already", "recently", "later", "once",
        "had", "will", "would", "could", "may", "might", "did", "does", "do", "not", "never", "publicly", "privately",
        "openly", "immediately", "then", "reportedly", "allegedly", "separately", "earlier", "further", "both", "all");

    /// <summary>Pronouns that stand for a source named elsewhere.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "it", "we", "i", "you", "this", "these");

    /// <summary>Function words: never names, never places.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any",
        "many", "several", "few", "all", "both", "each", "every", "no", "not", "and", "or", "but", "if", "when", "while",
        "as", "of", "in", "on", "at", "to", "from", "by", "for", "with", "about", "against", "into", "over", "under", "after",
        "before", "since", "during", "there", "here", "it", "he", "she", "they", "we", "i", "you", "who", "which", "what",
        "where", "why", "how", "also", "then", "however", "meanwhile", "yesterday",
        "today", "tomorrow", "last", "next", "earlier", "later", "mr", "mrs", "ms", "dr");

    /// <summary>Month and day names: capitalised, but neither names nor places.</summary>
    public static readonly FrozenSet<string> Calendar = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /// <summary>Words for outlets, standing before or after the outlet's name.</summary>
    public static readonly FrozenSet<string> OutletNouns = Set(
        "publication", "site", "website", "newspaper", "outlet", "agency", "magazine", "portal", "broadcaster", "daily",
        "weekly", "tabloid", "paper", "journal", "newsletter", "network", "radio", "station", "newswire", "wire", "media");

    /// <summary>Words for social-media channels and accounts.</summary>
    public static readonly FrozenSet<string> ChannelNouns = Set("channel", "channels", "account", "accounts", "page", "blog", "blogs", "feed", "group", "chat");

    /// <summary>Platforms a channel lives on.</summary>
    public static readonly FrozenSet<string> Platforms = Set(
        "telegram", "youtube", "tiktok", "vk", "vkontakte", "twitter", "x", "instagram", "facebook", "whatsapp", "rutube", "truth", "social", "threads", "bluesky", "reddit");

    /// <summary>Head words that make a capitalised phrase an organisation.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set(
        "ministry", "kremlin", "academy", "agency", "council", "committee", "parliament", "duma", "party", "army", "forces",
        "government", "university", "institute", "department", "office", "service", "bank", "commission", "court",
        "police", "guard", "navy", "union", "organisation", "organization", "company", "corporation", "corp", "inc",
        "ltd", "group", "federation", "authority", "authorities", "administration", "embassy", "senate", "congress",
        "cabinet", "command", "directorate", "bureau", "foundation", "association", "church", "school", "hospital",
        "pentagon", "nato", "un", "fsb", "eu", "white house", "secretariat", "prosecutor's", "staff", "brigade", "battalion",
        "regiment", "division", "militia", "guards", "corps", "fleet", "ministries", "agencies");

    /// <summary>Lower-case heads that, after a capitalised word, make an institution ("Ukrainian armed forces").</summary>
    public static readonly string[] InstitutionTails =
    [
        "armed forces", "army", "authorities", "government", "military", "police", "navy", "air force", "security services",
        "officials", "prosecutors", "defence ministry", "defense ministry", "foreign ministry", "ministry",
    ];

    /// <summary>Titles and roles that come before a person's name.</summary>
    public static readonly FrozenSet<string> PersonTitles = Set(
        "president", "prime", "minister", "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "general",
        "gen", "senator", "sen", "governor", "gov", "mayor", "chancellor", "king", "queen", "pope", "colonel", "col",
        "commander", "secretary", "representative", "rep", "judge", "ambassador", "chief", "director", "chairman",
        "chairwoman", "leader", "professor", "prof", "sergeant", "captain", "lieutenant", "admiral", "marshal", "deputy",
        "analyst", "blogger", "journalist", "correspondent", "editor", "officer", "lawyer", "premier", "patriarch");

    /// <summary>Suffixes that make a capitalised phrase a named place below city level, with its precision.</summary>
    public static readonly FrozenSet<string> PlaceSuffixes = Set(
        "street", "avenue", "square", "boulevard", "lane", "road", "bridge", "park", "embankment", "district", "region",
        "oblast", "province", "highway", "prospekt", "prospect", "quay", "station", "airport", "base", "airfield", "port",
        "harbour", "harbor", "village", "island", "mountains", "river", "lake", "valley", "county", "state", "krai",
        "republic", "peninsula", "sea", "strait", "gate", "market", "cathedral", "stadium", "reservoir", "forest");

    /// <summary>Prepositions after which a capitalised word is most likely a place.</summary>
    public static readonly FrozenSet<string> LocativePrepositions = Set(
        "in", "near", "at", "outside", "across", "towards", "toward", "around", "over", "inside", "into", "from", "against",
        "to", "through", "throughout", "within", "beyond", "above", "off");

    /// <summary>Compass words used in "north of Moscow".</summary>
    public static readonly FrozenSet<string> Directions = Set(
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west", "outside", "near");

    /// <summary>Capitalised words that name no entity: platforms, demonym-like adjectives used alone, and headline words.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "telegram", "twitter", "facebook", "instagram", "youtube", "tiktok", "internet", "web", "god", "covid", "covid-19");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
