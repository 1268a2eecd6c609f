namespace Claimtrail.Matching;

/// <summary>
/// English function words: they carry grammar, not the proposition, so word overlap counts only the
/// other words (bigram shingles keep them, since word order matters there).
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(
        [
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "about", "as", "into", "onto", "over", "under", "after", "before", "than", "then",
            "that", "this", "these", "those", "there", "here", "it", "its", "it's", "he", "she", "they", "them",
            "his", "her", "their", "we", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be",
            "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "which", "who", "whom", "whose", "what", "when", "where",
            "why", "how", "if", "also", "just", "not", "no", "s", "said", "says", "say", "all", "any", "some",
            "such", "very", "up", "out", "more", "most", "other", "only", "own", "same", "too", "while",
        ],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="lowerCaseWord"/> is a function word.</summary>
    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
