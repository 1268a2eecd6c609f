namespace Claimtrail.Matching;

/// <summary>How much two texts share in wording, each figure in [0, 1].</summary>
/// <param name="WordJaccard">Shared content words over all content words of either text.</param>
/// <param name="WordContainment">Shared content words over those of the shorter text: a short tweet inside a long fact-check scores high.</param>
/// <param name="ShingleJaccard">Shared word bigrams over all word bigrams: word order and phrasing.</param>
/// <param name="NumberAgreement">1 unless both texts give numbers; then the share of the fewer numbers found in the other text.</param>
/// <param name="NameAgreement">1 unless both texts name someone or something; then the share of the fewer names found in the other text.</param>
/// <param name="LengthRatio">Content words of the shorter text over those of the longer.</param>
public readonly record struct LexicalSimilarity(
    double WordJaccard,
    double WordContainment,
    double ShingleJaccard,
    double NumberAgreement,
    double NameAgreement,
    double LengthRatio)
{
    /// <summary>Compares two profiled texts; symmetric.</summary>
    public static LexicalSimilarity Between(TextProfile a, TextProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var sharedWords = Shared(a.ContentWords, b.ContentWords);
        var smaller = Math.Min(a.ContentWords.Count, b.ContentWords.Count);
        var larger = Math.Max(a.ContentWords.Count, b.ContentWords.Count);
        return new LexicalSimilarity(
            Jaccard(sharedWords, a.ContentWords.Count, b.ContentWords.Count),
            smaller == 0 ? 0d : (double)sharedWords / smaller,
            Jaccard(Shared(a.Shingles, b.Shingles), a.Shingles.Count, b.Shingles.Count),
            Agreement(a.Numbers, b.Numbers),
            Agreement(a.Names, b.Names),
            larger == 0 ? 0d : (double)smaller / larger);
    }

    /// <summary>Jaccard index of two sets of which <paramref name="shared"/> elements are common; 0 for two empty sets.</summary>
    public static double Jaccard(int shared, int countA, int countB)
    {
        var union = countA + countB - shared;
        return union == 0 ? 0d : (double)shared / union;
    }

    private static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var item in small)
        {
            if (large.Contains(item))
            {
                shared++;
            }
        }

        return shared;
    }

    // A detail only one side gives is a dropped detail, not a contradiction; a differing one is.
    private static double Agreement(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 1d : (double)Shared(a, b) / Math.Min(a.Count, b.Count);
}
