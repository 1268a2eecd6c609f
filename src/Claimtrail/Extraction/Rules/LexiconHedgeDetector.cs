using System.Runtime.CompilerServices;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Hedges in an attribution's scope ("allegedly", "which they say would show"), the distancing cue itself
/// ("claims"), and two report-level hedges that qualify material rather than one sentence: a verification
/// warning said of photos or videos ("circulating – impossible to verify –") applies to every attribution
/// that rests on photos or videos, and a report that calls the material "rumours" hedges every unofficial,
/// asserted attribution in it.
/// </summary>
public sealed class LexiconHedgeDetector : IHedgeDetector
{
    private static readonly string[] Phrases =
    [
        "which they say would show", "impossible to verify", "none of which could be independently verified", "none of which could be verified", "could not be independently verified", "could not be verified",
        "cannot be independently verified", "cannot be verified", "can not be verified", "not possible to verify",
        "has not been verified", "have not been verified", "has not been confirmed", "have not been confirmed",
        "it is claimed", "it is believed", "it is thought", "is believed to", "are believed to", "was believed to", "were believed to",
        "is thought to", "are thought to", "was thought to", "were thought to", "is rumoured to", "are rumoured to", "rumoured", "rumored",
        "most likely", "likely", "is said to", "are said to", "was said to", "were said to", "they say",
        "would show", "appear to", "appears to", "appeared to", "seem to", "seems to", "seemed to",
        "allegedly", "alleged", "reportedly", "purportedly", "supposedly", "apparently", "unverified", "unconfirmed",
        "rumours", "rumors", "rumour", "rumor", "circulated", "circulating", "possibly", "probably", "might", "may", "could",
    ];

    private static readonly string[] VerificationWarnings =
    [
        "none of which could be independently verified", "none of which could be verified",
        "impossible to verify", "could not be independently verified", "could not be verified", "cannot be independently verified",
        "cannot be verified", "not possible to verify", "unverified", "has not been verified", "have not been verified",
    ];

    private static readonly PhraseSet<string> HedgePhrases = PhraseSets.Of(Phrases);
    private static readonly PhraseSet<string> WarningPhrases = PhraseSets.Of(VerificationWarnings);
    private static readonly string[] DistancingCues = ["claims", "claimed", "claim", "alleges", "alleged", "purports", "purported"];

    private readonly ConditionalWeakTable<AnalysedText, ReportHedges> _reports = [];

    /// <inheritdoc />
    public IReadOnlyList<string> Find(AnalysedText text, Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attribution);
        var report = _reports.GetValue(text, static t => ReportHedges.Of(TokenWindow.For(t)));
        var w = report.Window;
        var scope = AttributionScope.Of(attribution);
        var hedges = new List<string>();
        var (first, end) = AttributionScope.Tokens(w, scope);
        for (var i = first; i < end; i++)
        {
            var n = HedgePhrases.Match(w, i);
            // "May" the month; "could not be reached": a negated modal states, it does not hedge.
            if (n == 0 || (w.Is(i, "may") && w.IsCapitalised(i)) || (n == 1 && IsModal(w, i) && i + 1 < w.Count && w.Is(i + 1, "not")))
            {
                continue;
            }

            Add(hedges, w.TextOf(i, i + n));
            i += n - 1;
        }

        var cue = attribution.CueSpan.Of(text.Text);
        if (DistancingCues.Any(d => string.Equals(cue, d, StringComparison.OrdinalIgnoreCase)))
        {
            Add(hedges, cue);
        }

        var evidence = LexiconEvidenceDetector.Find(w, scope);
        if (evidence.Any(e => e.Kind is EvidenceKind.Photo or EvidenceKind.Video))
        {
            foreach (var warning in report.MediaWarnings)
            {
                Add(hedges, warning);
            }
        }

        var unofficial = attribution.Speaker.Kind is SourceKind.Channel ||
                         evidence.Any(e => e.Kind is EvidenceKind.Photo or EvidenceKind.Video);
        if (report.Rumours is { } rumours && unofficial && attribution.CueStance is null)
        {
            Add(hedges, rumours);
        }

        return hedges;
    }

    private static bool IsModal(TokenWindow w, int i) => w.Is(i, "could") || w.Is(i, "might") || w.Is(i, "may");

    private static void Add(List<string> hedges, string hedge)
    {
        // "rumors" and "rumours" are one hedge; keep the first spelling met.
        var normalised = hedge.ToLowerInvariant().Replace("rumor", "rumour", StringComparison.Ordinal);
        if (!hedges.Any(h => string.Equals(h.ToLowerInvariant().Replace("rumor", "rumour", StringComparison.Ordinal), normalised, StringComparison.Ordinal)))
        {
            hedges.Add(hedge);
        }
    }

    private sealed record ReportHedges(TokenWindow Window, List<string> MediaWarnings, string? Rumours)
    {
        public static ReportHedges Of(TokenWindow w)
        {
            var warnings = new List<string>();
            string? rumours = null;
            var lookup = Lexicon.EvidenceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var sentence in w.Analysed.Sentences)
            {
                var hasMedia = false;
                for (var i = sentence.FirstToken; i < sentence.EndToken && !hasMedia; i++)
                {
                    hasMedia = lookup.TryGetValue(w.Lower(i), out var kind) && kind is EvidenceKind.Photo or EvidenceKind.Video;
                }

                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    if (hasMedia && WarningPhrases.Match(w, i) is var n and > 0)
                    {
                        var warning = w.TextOf(i, i + n);
                        if (!warnings.Contains(warning, StringComparer.OrdinalIgnoreCase))
                        {
                            warnings.Add(warning);
                        }
                    }

                    if (rumours is null && (w.Is(i, "rumours") || w.Is(i, "rumors") || w.Is(i, "rumour") || w.Is(i, "rumor")))
                    {
                        rumours = w.TextOf(i, i + 1);
                    }
                }
            }

            return new ReportHedges(w, warnings, rumours);
        }
    }
}
