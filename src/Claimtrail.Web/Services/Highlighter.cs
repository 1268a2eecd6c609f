using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Web.Services;

/// <summary>
/// Cuts the sentences around a mention into runs of text, each marked with what it is (content, speaker, cue,
/// relay, evidence, place). The page writes each run as encoded text inside a span of its class, so report
/// text never reaches the page as markup.
/// </summary>
public static class Highlighter
{
    // Longest context shown around a mention; beyond it only the sentences holding the content are shown.
    private const int MaxContext = 1500;

    /// <summary>The runs of the sentences that hold the mention's content, speaker and cue.</summary>
    public static IReadOnlyList<TextRun> Highlight(string text, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        var marks = new List<(TextSpan Span, Mark Mark)>();
        foreach (var fragment in mention.Fragments.Count > 0 ? mention.Fragments : [mention.Span])
        {
            marks.Add((fragment, Mark.Content));
        }

        if (mention.Speaker.Span is { } speaker)
        {
            marks.Add((speaker, Mark.Speaker));
        }

        if (!mention.CueSpan.IsEmpty)
        {
            marks.Add((mention.CueSpan, Mark.Cue));
        }

        marks.AddRange(mention.Relay.Where(r => r.Span is not null).Select(r => (r.Span!.Value, Mark.Relay)));
        marks.AddRange(mention.Evidence.Select(e => (e.Span, Mark.Evidence)));
        marks.AddRange(mention.Places.Select(p => (p.Span, Mark.Place)));
        marks.RemoveAll(m => m.Span.End > text.Length || m.Span.IsEmpty);
        if (marks.Count == 0)
        {
            return [new TextRun(mention.Content, null)];
        }

        var context = Context(text, marks.Min(m => m.Span.Start), marks.Max(m => m.Span.End));
        if (context.Length > MaxContext)
        {
            context = Context(text, mention.Span.Start, Math.Min(text.Length, mention.Span.End));
        }

        var flags = new Mark[context.Length];
        foreach (var (span, mark) in marks)
        {
            for (var i = Math.Max(span.Start, context.Start); i < Math.Min(span.End, context.End); i++)
            {
                flags[i - context.Start] |= mark;
            }
        }

        var runs = new List<TextRun>();
        var start = 0;
        for (var i = 1; i <= flags.Length; i++)
        {
            if (i == flags.Length || flags[i] != flags[start])
            {
                runs.Add(new TextRun(text.Substring(context.Start + start, i - start), ClassOf(flags[start])));
                start = i;
            }
        }

        return runs;
    }

    private static TextSpan Context(string text, int from, int to)
    {
        var sentences = SentenceSegmenter.Segment(text, Tokenizer.Tokenize(text));
        var start = from;
        var end = to;
        foreach (var sentence in sentences)
        {
            if (sentence.Span.End > from && sentence.Span.Start < to)
            {
                start = Math.Min(start, sentence.Span.Start);
                end = Math.Max(end, sentence.Span.End);
            }
        }

        return new TextSpan(start, end);
    }

    private static string? ClassOf(Mark mark)
    {
        if (mark == Mark.None)
        {
            return null;
        }

        var names = new List<string>(3);
        foreach (var (flag, name) in Names)
        {
            if ((mark & flag) != 0)
            {
                names.Add(name);
            }
        }

        return string.Join(' ', names);
    }

    private static readonly (Mark Flag, string Name)[] Names =
    [
        (Mark.Content, "hl-content"), (Mark.Speaker, "hl-speaker"), (Mark.Cue, "hl-cue"),
        (Mark.Relay, "hl-relay"), (Mark.Evidence, "hl-evidence"), (Mark.Place, "hl-place"),
    ];

    [Flags]
    private enum Mark
    {
        None = 0,
        Content = 1,
        Speaker = 2,
        Cue = 4,
        Relay = 8,
        Evidence = 16,
        Place = 32,
    }
}

/// <summary>A run of report text and the class it is shown with (null: plain context).</summary>
/// <param name="Text">The text, to be HTML-encoded when written.</param>
/// <param name="Class">Space-separated CSS classes, or null.</param>
public sealed record TextRun(string Text, string? Class);
