namespace Claimtrail.Extraction.Learned;

/// <summary>
/// Features of one token for the cue tagger (BIO over tokens). Cues are mostly single reporting verbs
/// or short phrases ("according to", "said in a statement", ":"), so the features are lexical windows,
/// suffix and shape, the quote state around the token (a "said" inside a quotation is rarely a cue),
/// its place in the sentence, and the reporting-word lexicon.
/// </summary>
internal static class CueFeatures
{
    /// <summary>Every token gets exactly this many features (absent context hashes to a boundary value).</summary>
    public const int Count = 45;

    private static readonly HashSet<ulong> Pronouns = [.. new[] { "he", "she", "they", "we", "i", "you", "it", "who" }.Select(w => FeatureHash.Word(w))];

    // 0 none, 1 capitalised word, 2 subject pronoun, 3 other word, 4 punctuation.
    private static ulong SubjectClass(TokenView v, int i)
    {
        if (i < 0)
        {
            return 0;
        }

        if (Pronouns.Contains(v.Word[i]))
        {
            return 2;
        }

        return v.Capitalised[i] ? 1ul : v.Quote[i] >= TokenView.Opening || v.Word[i] == Comma ? 4ul : 3ul;
    }

    private static readonly ulong Comma = FeatureHash.Word(",");

    public static void Extract(TokenView v, int i, WeightTable table, Span<int> dest)
    {
        var w0 = v.Word[i];
        var wm1 = v.WordAt(i - 1);
        var wp1 = v.WordAt(i + 1);
        var wm2 = v.WordAt(i - 2);
        var wp2 = v.WordAt(i + 2);
        var q0 = (ulong)v.Quote[i];
        var qm1 = i > 0 ? v.Quote[i - 1] : 9ul;
        var qp1 = i + 1 < v.Count ? v.Quote[i + 1] : 9ul;
        var lex0 = v.InLexicon[i] ? 1ul : 0ul;
        var lexm1 = i > 0 && v.InLexicon[i - 1] ? 1ul : 0ul;
        var lexp1 = i + 1 < v.Count && v.InLexicon[i + 1] ? 1ul : 0ul;
        var sentence = v.Sentences[v.Sentence[i]];
        var fromStart = (ulong)Math.Min(i - sentence.FirstToken, 6);
        var toEnd = (ulong)Math.Min(sentence.EndToken - 1 - i, 6);
        var quotesInSentence = v.QuotesBefore[sentence.EndToken] - v.QuotesBefore[sentence.FirstToken] > 0 ? 1ul : 0ul;
        var cap = v.Capitalised[i] ? 1ul : 0ul;
        var stem = v.Stem[i];
        var (paragraphStart, paragraphEnd) = v.Paragraphs[v.Paragraph[i]];
        var subject = SubjectClass(v, i - 1);
        var subject2 = SubjectClass(v, i - 2);
        var fromParagraphStart = (ulong)Math.Min(i - paragraphStart, 4);
        var toParagraphEnd = (ulong)Math.Min(paragraphEnd - 1 - i, 3);
        var capBefore = 0ul;
        var quoteBefore = 0ul;
        var quoteAfter = 0ul;
        for (var k = Math.Max(sentence.FirstToken, i - 3); k < i; k++)
        {
            capBefore |= v.Capitalised[k] ? 1ul : 0ul;
            quoteBefore |= v.Quote[k] >= TokenView.Opening ? 1ul : 0ul;
        }

        for (var k = i + 1; k < Math.Min(sentence.EndToken, i + 4); k++)
        {
            quoteAfter |= v.Quote[k] >= TokenView.Opening ? 1ul : 0ul;
        }

        dest[0] = table.Bucket(FeatureHash.Mix(1, 0));
        dest[1] = table.Bucket(FeatureHash.Mix(2, w0));
        dest[2] = table.Bucket(FeatureHash.Mix(3, wm1));
        dest[3] = table.Bucket(FeatureHash.Mix(4, wp1));
        dest[4] = table.Bucket(FeatureHash.Mix(5, wm2));
        dest[5] = table.Bucket(FeatureHash.Mix(6, wp2));
        dest[6] = table.Bucket(FeatureHash.Mix(7, wm1, w0));
        dest[7] = table.Bucket(FeatureHash.Mix(8, w0, wp1));
        dest[8] = table.Bucket(FeatureHash.Mix(9, wp1, wp2));
        dest[9] = table.Bucket(FeatureHash.Mix(10, wm2, wm1));
        dest[10] = table.Bucket(FeatureHash.Mix(11, v.Suffix[i]));
        dest[11] = table.Bucket(FeatureHash.Mix(12, v.Shape[i]));
        dest[12] = table.Bucket(FeatureHash.Mix(13, v.ShapeAt(i - 1), v.Shape[i], v.ShapeAt(i + 1)));
        dest[13] = table.Bucket(FeatureHash.Mix(14, q0, w0));
        dest[14] = table.Bucket(FeatureHash.Mix(15, q0, qm1, qp1));
        dest[15] = table.Bucket(FeatureHash.Mix(16, lex0, q0));
        dest[16] = table.Bucket(FeatureHash.Mix(17, lexm1, lex0, lexp1));
        dest[17] = table.Bucket(FeatureHash.Mix(18, fromStart, lex0, toEnd));
        dest[18] = table.Bucket(FeatureHash.Mix(19, fromStart, w0));
        dest[19] = table.Bucket(FeatureHash.Mix(20, toEnd, w0));
        dest[20] = table.Bucket(FeatureHash.Mix(21, quotesInSentence, lex0, q0));
        dest[21] = table.Bucket(FeatureHash.Mix(22, w0, cap));
        dest[22] = table.Bucket(FeatureHash.Mix(23, v.Suffix[i], wm1));
        dest[23] = table.Bucket(FeatureHash.Mix(24, lex0, wm1, wp1));
        dest[24] = table.Bucket(FeatureHash.Mix(25, wm1, w0, wp1));
        dest[25] = table.Bucket(FeatureHash.Mix(26, w0, wp1, wp2));
        dest[26] = table.Bucket(FeatureHash.Mix(27, stem));
        dest[27] = table.Bucket(FeatureHash.Mix(28, stem, wp1));
        dest[28] = table.Bucket(FeatureHash.Mix(29, v.Suffix[i], wp1));
        dest[29] = table.Bucket(FeatureHash.Mix(30, capBefore * 4 + quoteBefore * 2 + quoteAfter, lex0, q0));
        dest[30] = table.Bucket(FeatureHash.Mix(31, quoteBefore * 2 + quoteAfter, stem));
        dest[31] = table.Bucket(FeatureHash.Mix(32, wm1, stem));

        // Transcripts ("PENCE: …") and colons that open a quotation in the next paragraph.
        dest[32] = table.Bucket(FeatureHash.Mix(33, fromParagraphStart, v.ShapeAt(i - 1), w0));
        dest[33] = table.Bucket(FeatureHash.Mix(34, toParagraphEnd, w0));
        dest[34] = table.Bucket(FeatureHash.Mix(35, toParagraphEnd, wm1, w0));

        // Most rare cues are predicates with a person as subject and a proposition after them
        // ("Warren grilled …", "he is raising questions about …").
        dest[35] = table.Bucket(FeatureHash.Mix(36, subject, v.Suffix[i]));
        dest[36] = table.Bucket(FeatureHash.Mix(37, subject, wp1));
        dest[37] = table.Bucket(FeatureHash.Mix(38, subject2, wm1, v.Suffix[i]));
        dest[38] = table.Bucket(FeatureHash.Mix(39, subject, v.Suffix[i], v.ShapeAt(i + 1)));

        var wordRate = v.WordRate[i];
        var stemRate = v.StemRate[i];
        dest[39] = table.Bucket(FeatureHash.Mix(40, wordRate));
        dest[40] = table.Bucket(FeatureHash.Mix(41, stemRate));
        dest[41] = table.Bucket(FeatureHash.Mix(42, wordRate, q0, subject));
        dest[42] = table.Bucket(FeatureHash.Mix(43, stemRate, wp1));
        dest[43] = table.Bucket(FeatureHash.Mix(44, wordRate, i > 0 ? v.WordRate[i - 1] : 99ul));
        dest[44] = table.Bucket(FeatureHash.Mix(45, wordRate, i + 1 < v.Count ? v.WordRate[i + 1] : 99ul, quoteBefore * 2 + quoteAfter));
    }
}
