namespace Claimtrail.Extraction.Learned;

/// <summary>
/// Features of one token for the source/content tagger, always relative to one cue: which side of the
/// cue the token is on and how far, whether a sentence boundary, quote mark, comma or another cue lies
/// between them, the token's own quote state against the cue's, and the cue's words. These relations
/// decide the role far more than the token's own word does: the same name is a source next to "said"
/// and part of the content three clauses away.
/// </summary>
internal static class RoleFeatures
{
    public const int Count = 29;

    /// <summary>The cue a window is tagged for, and the running count of all cue tokens in the document.</summary>
    public readonly record struct Cue(int Start, int End, int[] CueTokensBefore);

    public static void Extract(TokenView v, in Cue cue, int j, WeightTable table, Span<int> dest)
    {
        ulong dir;
        int distance;
        int from, to; // tokens strictly between j and the cue
        if (j < cue.Start)
        {
            dir = 0;
            distance = cue.Start - j;
            from = j + 1;
            to = cue.Start;
        }
        else if (j >= cue.End)
        {
            dir = 2;
            distance = j - cue.End + 1;
            from = cue.End;
            to = j;
        }
        else
        {
            dir = 1;
            distance = 0;
            from = to = j;
        }

        var dist = (ulong)DistanceBucket(distance);
        var coarse = (ulong)Math.Min(distance / 8, 4);
        var sentOff = (ulong)(Math.Clamp(v.Sentence[j] - v.Sentence[cue.Start], -3, 3) + 3);
        var quotes = (ulong)Math.Min(v.QuotesBefore[to] - v.QuotesBefore[from], 3);
        var commas = (ulong)Math.Min(v.CommasBefore[to] - v.CommasBefore[from], 3);
        var cues = (ulong)Math.Min(cue.CueTokensBefore[to] - cue.CueTokensBefore[from], 2);
        var head = v.Word[cue.Start];
        var last = v.Word[cue.End - 1];
        var qc = (ulong)v.Quote[cue.Start];
        var qj = (ulong)v.Quote[j];
        var w = v.Word[j];
        var wm1 = v.WordAt(j - 1);
        var cap = v.Capitalised[j] ? 1ul : 0ul;
        var capm1 = j > 0 && v.Capitalised[j - 1] ? 1ul : 0ul;
        var lex = v.InLexicon[j] ? 1ul : 0ul;
        var pre = v.WordAt(cue.Start - 1);
        var post = v.WordAt(cue.End);

        dest[0] = table.Bucket(FeatureHash.Mix(101, dir));
        dest[1] = table.Bucket(FeatureHash.Mix(102, dir, dist));
        dest[2] = table.Bucket(FeatureHash.Mix(103, dir, sentOff));
        dest[3] = table.Bucket(FeatureHash.Mix(104, dir, w));
        dest[4] = table.Bucket(FeatureHash.Mix(105, dir, w, head));
        dest[5] = table.Bucket(FeatureHash.Mix(106, dir, dist, head));
        dest[6] = table.Bucket(FeatureHash.Mix(107, dir, v.Shape[j]));
        dest[7] = table.Bucket(FeatureHash.Mix(108, dir, qj, qc));
        dest[8] = table.Bucket(FeatureHash.Mix(109, dir, quotes, qc));
        dest[9] = table.Bucket(FeatureHash.Mix(110, dir, cues));
        dest[10] = table.Bucket(FeatureHash.Mix(111, dir, commas));
        dest[11] = table.Bucket(FeatureHash.Mix(112, dir, commas, head));
        dest[12] = table.Bucket(FeatureHash.Mix(113, dir, wm1));
        dest[13] = table.Bucket(FeatureHash.Mix(114, dir, v.WordAt(j + 1)));
        dest[14] = table.Bucket(FeatureHash.Mix(115, dir, v.Suffix[j]));
        dest[15] = table.Bucket(FeatureHash.Mix(116, dir, dist, quotes));
        dest[16] = table.Bucket(FeatureHash.Mix(117, dir, sentOff, quotes * 4 + cues));
        dest[17] = table.Bucket(FeatureHash.Mix(118, dir, head, sentOff));
        dest[18] = table.Bucket(FeatureHash.Mix(119, dir, wm1, w));
        dest[19] = table.Bucket(FeatureHash.Mix(120, dir, cap, dist));
        dest[20] = table.Bucket(FeatureHash.Mix(121, dir, qj, sentOff));
        dest[21] = table.Bucket(FeatureHash.Mix(122, dir, pre, coarse));
        dest[22] = table.Bucket(FeatureHash.Mix(123, dir, post, coarse));
        dest[23] = table.Bucket(FeatureHash.Mix(124, dir, FeatureHash.Mix(head, last), quotes));
        dest[24] = table.Bucket(FeatureHash.Mix(125, dir, qj * 4 + quotes, sentOff));
        dest[25] = table.Bucket(FeatureHash.Mix(126, dir, cap * 2 + capm1, dist));
        dest[26] = table.Bucket(FeatureHash.Mix(127, dir, lex, dist));
        dest[27] = table.Bucket(FeatureHash.Mix(128, dir, sentOff * 4 + commas, coarse));
        dest[28] = table.Bucket(FeatureHash.Mix(129, dir, (ulong)(v.Paragraph[j] - v.Paragraph[cue.Start] + 1), qj));
    }

    private static int DistanceBucket(int d) => d switch
    {
        <= 5 => d,
        <= 8 => 6,
        <= 12 => 7,
        <= 20 => 8,
        <= 35 => 9,
        _ => 10,
    };
}
