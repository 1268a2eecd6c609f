using Claimtrail.Evaluation;
using Claimtrail.Extraction;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Tests.Support;

/// <summary>Builds spans, gold relations and predictions from the words of a hand-made text, so tests name words, not offsets.</summary>
public sealed class Spans(string text)
{
    public string Text { get; } = text;

    /// <summary>The span of the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="part"/>.</summary>
    public TextSpan Of(string part, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(part, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{part}' occurs fewer than {occurrence + 1} times in the test text", nameof(part));
            }
        }

        return new TextSpan(start, start + part.Length);
    }

    public GoldSpan Gold(params TextSpan[] fragments) =>
        new(string.Join(' ', fragments.Select(f => f.Of(Text))), fragments);

    public GoldSpan Gold(string part) => Gold(Of(part));

    public GoldAttribution Relation(string id, string? source, string cue, params string[] content) =>
        new(id, source is null ? null : Gold(source), Gold(cue), Gold([.. content.Select(c => Of(c))]));

    public Attribution Predicted(string? source, string cue, params string[] content) =>
        new(Of(cue),
            source is null ? Speaker.None : new Speaker(source, SourceKind.Unknown, Of(source)),
            [.. content.Select(c => Of(c))],
            []);

    public GoldDocument Document(params GoldAttribution[] relations) => new("doc-1", Text, relations);
}
