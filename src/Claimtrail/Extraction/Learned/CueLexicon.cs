namespace Claimtrail.Extraction.Learned;

/// <summary>
/// Reporting words as a feature for the cue tagger. The tagger learns cues from the data; the lexicon
/// lets it generalise to inflections and verbs that are rare in political news ("claims", "notes").
/// </summary>
internal static class CueLexicon
{
    private static readonly HashSet<ulong> Hashes = Build(
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "according", "add", "adds", "added", "adding",
        "write", "writes", "wrote", "writing", "ask", "asks", "asked", "asking", "note", "notes", "noted", "noting",
        "report", "reports", "reported", "reportedly", "announce", "announces", "announced", "claim", "claims", "claimed",
        "argue", "argues", "argued", "arguing", "state", "states", "stated", "suggest", "suggests", "suggested",
        "explain", "explains", "explained", "insist", "insists", "insisted", "tweet", "tweets", "tweeted", "tweeting",
        "declare", "declares", "declared", "warn", "warns", "warned", "acknowledge", "acknowledges", "acknowledged",
        "admit", "admits", "admitted", "deny", "denies", "denied", "confirm", "confirms", "confirmed", "believe",
        "believes", "believed", "think", "thinks", "thought", "show", "shows", "showed", "shown", "find", "finds", "found",
        "conclude", "concludes", "concluded", "recall", "recalls", "recalled", "continue", "continued", "describe",
        "describes", "described", "call", "calls", "called", "calling", "urge", "urges", "urged", "point", "points",
        "pointed", "mention", "mentioned", "reply", "replied", "respond", "responded", "estimate", "estimated",
        "predict", "predicted", "allege", "alleges", "alleged", "allegedly", "quote", "quoted", "quoting", "cite",
        "cites", "cited", "citing", "comment", "commented", "reveal", "revealed", "indicate", "indicated", "accuse",
        "accused", "criticize", "criticized", "criticise", "criticised", "contend", "contended", "maintain",
        "maintained", "observe", "observed", "remark", "remarked", "emphasize", "emphasized", "stress", "stressed",
        "declined", "promise", "promised", "vow", "vowed", "agree", "agreed", "complain", "complained", "boast",
        "boasted", "predicts", "hope", "hopes", "expect", "expects", "expected", "seem", "seems", "seemed", "appear",
        "appears", "appeared", "statement", "interview", "speech", "told", "publish", "published", "post", "posted",
        "wants", "want", "wanted", "feel", "feels", "felt", "know", "knows", "knew", "insist", "recount", "recounted",
        ":");

    public static bool Contains(ulong wordHash) => Hashes.Contains(wordHash);

    private static HashSet<ulong> Build(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var word in words)
        {
            set.Add(FeatureHash.Word(word));
        }

        return set;
    }
}
