using Claimtrail.Extraction.Rules;
using Claimtrail.Model;
using Claimtrail.Pipeline;
using Claimtrail.Text;

namespace Claimtrail.Ledger.Testing.Support;

/// <summary>Builders for reports, mentions and claims, so each test states only what matters to it.</summary>
public static class Some
{
    public const string Extractor = "test/1";

    /// <summary>A report of <paramref name="text"/> with the mentions <paramref name="mentions"/> builds from its id.</summary>
    public static Report Report(string text, Func<string, string, IReadOnlyList<Mention>>? mentions = null, string source = "article.txt") =>
        new()
        {
            Id = ContentId.ForReport(text),
            Source = source,
            Language = "en",
            Text = text,
            Mentions = mentions?.Invoke(ContentId.ForReport(text), text) ?? [],
        };

    /// <summary>A mention of <paramref name="content"/> by <paramref name="speaker"/> introduced by <paramref name="cue"/>, all found in <paramref name="text"/>.</summary>
    public static Mention Mention(string reportId, string text, string speaker, string cue, string content, SourceKind kind = SourceKind.Institution)
    {
        var span = SpanOf(text, content);
        var cueSpan = SpanOf(text, cue);
        return new Mention
        {
            Id = ContentId.ForMention(reportId, span.Start, span.End, cueSpan.Start),
            Span = span,
            Fragments = [span],
            Content = content,
            Speaker = new Speaker(speaker, kind, SpanOf(text, speaker)),
            Cue = cue,
            CueSpan = cueSpan,
            Extractor = Extractor,
        };
    }

    /// <summary>The claim the mentions state, with the id the exact-content clusterer gives it.</summary>
    public static Claim Claim(string text, params Mention[] mentions) =>
        new(ContentId.ForClaim(ExactClaimClusterer.Key(text)), text, [.. mentions.Select(m => m.Id)]);

    /// <summary>One claim per mention of <paramref name="report"/>, keyed by its content.</summary>
    public static IReadOnlyList<Claim> ClaimsOf(Report report) =>
        [.. report.Mentions.Select(m => Claim(m.Content, m))];

    /// <summary>Where <paramref name="part"/> first stands in <paramref name="text"/>.</summary>
    public static TextSpan SpanOf(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the text.", nameof(part));
        }

        return new TextSpan(start, start + part.Length);
    }
}
