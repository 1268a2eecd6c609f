namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// The tagger's labels: O, then B- and I- for each type (PER, ORG, LOC, MISC), and which transitions BIO allows.
/// </summary>
public static class NerLabels
{
    /// <summary>The entity types, in label order.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>How many labels there are.</summary>
    public static int Count => 1 + (2 * Types.Count);

    /// <summary>O, B-PER, I-PER, B-ORG, … as the data spells them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["O", .. Types.SelectMany(t => new[] { "B-" + t, "I-" + t })];

    /// <summary>
    /// Scores added to each transition in decoding (<c>previous * Count + label</c>, row <see cref="Count"/> is the
    /// start): an I- may only follow a B- or I- of its type.
    /// </summary>
    internal static float[] TransitionMask { get; } = BuildMask();

    /// <summary>The label of a tag ("B-LOC" → 5); -1 when the tag is not one of <see cref="Names"/>.</summary>
    public static int Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], tag, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True for a B- label.</summary>
    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    /// <summary>The type of a B- or I- label ("PER"…); null for O.</summary>
    public static string? TypeOf(int label) => label <= 0 ? null : Types[(label - 1) / 2];

    /// <summary>
    /// Entities of a tag sequence by the conlleval rules: an entity starts at B-, or at an I- that does not continue
    /// an entity of its type, and runs over the I- of its type that follow.
    /// </summary>
    public static IReadOnlyList<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 2 && tag[1] == '-' ? tag[0] : 'O';
            var tagType = prefix == 'O' ? null : tag[2..];
            var continues = prefix == 'I' && type is not null && string.Equals(tagType, type, StringComparison.Ordinal);
            if (type is not null && !continues)
            {
                spans.Add((start, i, type));
                type = null;
            }

            if (prefix is 'B' or 'I' && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return spans;
    }

    private static float[] BuildMask()
    {
        var n = Count;
        var mask = new float[(n + 1) * n];
        for (var previous = 0; previous <= n; previous++)
        {
            for (var label = 0; label < n; label++)
            {
                if (label == 0 || IsBegin(label))
                {
                    continue;
                }

                var allowed = previous < n && previous > 0 && (previous - 1) / 2 == (label - 1) / 2;
                if (!allowed)
                {
                    mask[(previous * n) + label] = Viterbi.Forbidden;
                }
            }
        }

        return mask;
    }
}
