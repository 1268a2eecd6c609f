using Claimtrail.Evaluation;
using Claimtrail.Text;

namespace Claimtrail.Tests.Support;

/// <summary>
/// A tiny attribution corpus in sentences written for the tests ("Mayor Lin said the road will close in
/// June."), with gold offsets computed as the text is built, for training the tagger in a test.
/// </summary>
public static class SyntheticAttributions
{
    private static readonly string[] Sources =
    [
        "Mayor Lin", "Senator Okafor", "The governor", "Dr. Patel", "A spokesperson", "The council", "Judge Moreno",
        "The minister", "Professor Haddad", "The police chief", "Ms. Novak", "The union",
    ];

    private static readonly string[] Clauses =
    [
        "the road will close in June", "taxes will rise next year", "the plant is safe", "the vote was fair",
        "the school needs more teachers", "the river has flooded twice", "the budget is balanced",
        "the report was leaked", "the tunnel will cost more", "prices fell in March", "the bridge is unsafe",
        "the deal is off", "the hospital will expand", "the trains will run late",
    ];

    private static readonly string[] Fillers =
    [
        "The weather was mild on Tuesday.", "Traffic moved slowly downtown.", "The market opened at nine.",
        "Crowds gathered near the station.", "The museum reopened after repairs.",
    ];

    /// <summary><paramref name="count"/> documents, each with two attributions and a sentence without one.</summary>
    public static List<GoldDocument> Documents(int count)
    {
        var documents = new List<GoldDocument>(count);
        for (var d = 0; d < count; d++)
        {
            var builder = new Builder();

            // A sentence without attribution, opening the paragraph of a relation or a paragraph of its own.
            var filler = Fillers[d % Fillers.Length];
            if (d % 2 == 0)
            {
                builder.Append(filler + " ");
            }

            for (var k = 0; k < 2; k++)
            {
                var n = d * 3 + k;
                var source = Sources[n % Sources.Length];
                var clause = Clauses[(n * 5 + 3) % Clauses.Length];
                var verb = n % 3 == 0 ? "says" : "said";
                switch (n % 4)
                {
                    case 0:
                    case 1:
                        builder.Relation(("", null), (source, 'S'), (" ", null), (verb, 'C'), (" ", null), (clause, 'T'), (".", null));
                        break;
                    case 2:
                        builder.Relation(("\u201C", 'T'), (Capitalise(clause) + ",\u201D", 'T'), (" ", null), (Lower(source), 'S'), (" ", null), (verb, 'C'), (".", null));
                        break;
                    default:
                        builder.Relation(("", null), ("According to", 'C'), (" ", null), (Lower(source), 'S'), (", ", null), (clause, 'T'), (".", null));
                        break;
                }

                builder.Append(k == 0 ? "\n\n" : " ");
            }

            if (d % 2 == 1)
            {
                builder.Append("\n\n" + filler);
            }

            documents.Add(builder.Build("synthetic-" + d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return documents;
    }

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lower(string s) => s.StartsWith("The ", StringComparison.Ordinal) || s.StartsWith("A ", StringComparison.Ordinal)
        ? char.ToLowerInvariant(s[0]) + s[1..]
        : s;

    private sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<GoldAttribution> _attributions = [];

        public void Append(string text) => _text.Append(text);

        // Parts tagged 'S' (source), 'C' (cue) or 'T' (content); content parts are merged into one span.
        public void Relation(params (string Text, char? Role)[] parts)
        {
            GoldSpan? source = null;
            GoldSpan? cue = null;
            int contentStart = -1, contentEnd = -1;
            foreach (var (text, role) in parts)
            {
                var start = _text.Length;
                _text.Append(text);
                var span = new TextSpan(start, _text.Length);
                switch (role)
                {
                    case 'S':
                        source = new GoldSpan(text, [span]);
                        break;
                    case 'C':
                        cue = new GoldSpan(text, [span]);
                        break;
                    case 'T':
                        contentStart = contentStart < 0 ? start : contentStart;
                        contentEnd = _text.Length;
                        break;
                }
            }

            var content = new TextSpan(contentStart, contentEnd);
            _attributions.Add(new GoldAttribution("E" + (_attributions.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), source, cue!, new GoldSpan(_text.ToString(contentStart, contentEnd - contentStart), [content])));
        }

        public GoldDocument Build(string id) => new(id, _text.ToString(), _attributions);
    }
}
