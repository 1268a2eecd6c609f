using Claimtrail.Extraction.Rules;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>
/// Combines the trained tagger with the rules. The rules know constructions the tagger's training data
/// never annotates as such (relay chains, responses that decline or deflect, evidence that "allegedly shows",
/// the writer's own conditionals): those are kept whole. For plain reported speech the tagger is better at
/// finding it and at drawing its spans (PolNeAR dev: content overlap F1 0.82 against the rules' 0.56), so its
/// spans are used, with the rules' reading of the speaker (pronouns resolved, kind typed) where both found it.
/// Rule attributions the tagger missed are added last.
/// </summary>
public sealed class HybridAttributionExtractor : IAttributionExtractor
{
    private readonly IAttributionExtractor _rules;
    private readonly IAttributionExtractor _trained;
    private readonly IEntityRecognizer _entities;

    /// <summary>Combines <paramref name="rules"/> and <paramref name="trained"/>; <paramref name="entities"/> types the tagger's speakers.</summary>
    public HybridAttributionExtractor(IAttributionExtractor rules, IAttributionExtractor trained, IEntityRecognizer entities)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(entities);
        _rules = rules;
        _trained = trained;
        _entities = entities;
        Version = $"hybrid/1({rules.Version}+{trained.Version})";
    }

    /// <inheritdoc />
    public string Version { get; }

    /// <inheritdoc />
    public IReadOnlyList<Attribution> Extract(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ruled = _rules.Extract(text);
        var learned = _trained.Extract(text);
        if (learned.Count == 0)
        {
            return NestedSpeech.Apply(ruled, text.Text);
        }

        var w = TokenWindow.For(text);
        var speakers = new SpeakerResolver(w, _entities.Recognize(text));
        var result = new List<Attribution>(ruled.Count + learned.Count);
        var kept = new bool[ruled.Count];
        for (var i = 0; i < ruled.Count; i++)
        {
            kept[i] = IsSpecial(ruled[i]);
            if (kept[i])
            {
                result.Add(ruled[i]);
            }
        }

        var specials = result.ToList();
        foreach (var attribution in learned)
        {
            if (result.Any(r => r.CueSpan.Overlaps(attribution.CueSpan) || Covers(r, attribution)) ||
                specials.Any(r => r.Scope.Contains(attribution.CueSpan)))
            {
                continue; // A construction the rules read in full: relay, response, media, conditional.
            }

            if (IsFragment(w, attribution))
            {
                continue;
            }

            // "X, citing Y, reported …": the tagger reads "citing" as a cue with "Y" as content; the rules read Y
            // as a source. A content that is a source the rules named is not a claim.
            if (specials.Any(r => NamesSource(r, attribution.ContentExtent)))
            {
                continue;
            }

            // Plain reported speech: the tagger's spans, the rules' reading of who speaks and through whom.
            var typed = attribution with { Speaker = Typed(w, speakers, attribution.Speaker), Construction = Construction.Unspecified };
            for (var i = 0; i < ruled.Count; i++)
            {
                if (!kept[i] && ruled[i].CueSpan.Overlaps(attribution.CueSpan))
                {
                    kept[i] = true;
                    typed = Enrich(w, typed, ruled[i]);
                }
            }

            result.Add(typed);
        }

        for (var i = 0; i < ruled.Count; i++)
        {
            if (!kept[i] && !result.Any(r => r.CueSpan.Overlaps(ruled[i].CueSpan) || r.ContentExtent.Overlaps(ruled[i].ContentExtent)))
            {
                result.Add(ruled[i]);
            }
        }

        result.Sort((a, b) => a.CueSpan.Start.CompareTo(b.CueSpan.Start));
        return NestedSpeech.Apply(result, text.Text);
    }

    private static bool NamesSource(Attribution rule, TextSpan content) =>
        (rule.Speaker.Span is { } speaker && speaker.Contains(content)) || rule.Relay.Any(l => l.Span is { } span && span.Contains(content));

    // Constructions the tagger's training data does not annotate as such: the rules' reading is kept whole.
    private static bool IsSpecial(Attribution rule) =>
        rule.Relay.Count > 0 || rule.Construction is not (Construction.Speech or Construction.Quote or Construction.AccordingTo);

    private static Attribution Enrich(TokenWindow w, Attribution learned, Attribution rule)
    {
        var speaker = learned.Speaker;
        if (rule.Speaker.Span is { } ruleSpan && (speaker.Span is null || speaker.Span.Value.Overlaps(ruleSpan)))
        {
            // The rules resolve pronouns and descriptions ("he", "the channel") and type the source.
            speaker = rule.Speaker with { Span = speaker.Span ?? ruleSpan };
        }

        // "told reporters", "point out": the rules' cue is the whole phrase.
        var cue = rule.CueSpan.Contains(learned.CueSpan) ? rule.CueSpan : learned.CueSpan;

        // "…carried them out, which they have neither denied nor confirmed": the rules split off a response the
        // tagger reads as content; keep the split, so that the response is recorded against this content.
        var content = learned.Content;
        if (learned.ContentExtent.Contains(rule.ContentExtent) && rule.ContentExtent.End < learned.ContentExtent.End &&
            rule.ContentExtent.Start <= learned.ContentExtent.Start + 5 && w.Text.AsSpan(rule.ContentExtent.End).TrimStart().StartsWith(", which", StringComparison.Ordinal))
        {
            content = rule.Content;
        }

        return learned with { Speaker = speaker, CueSpan = cue, Content = content, CueStance = rule.CueStance, Construction = rule.Construction };
    }

    // "When asked about it, …": a participle after a subordinator introduces no speech, nor do two words from no one.
    private static bool IsFragment(TokenWindow w, Attribution learned)
    {
        var (cueFirst, _) = AttributionScope.Tokens(w, learned.CueSpan);
        if (learned.Speaker.Span is null && (w.Is(cueFirst - 1, "when") || w.Is(cueFirst - 1, "if") || w.Is(cueFirst - 1, "after") || w.Is(cueFirst - 1, "once")))
        {
            return true;
        }

        var words = 0;
        foreach (var piece in learned.Content)
        {
            var (first, end) = AttributionScope.Tokens(w, piece);
            for (var k = first; k < end; k++)
            {
                words += w.IsWord(k) ? 1 : 0;
            }
        }

        return words < 2 || (learned.Speaker.Span is null && words < 3);
    }

    // A rule attribution whose content holds the tagger's cue already reports that speech (relays, quotes).
    private static bool Covers(Attribution rule, Attribution learned) =>
        rule.Content.Any(c => c.Contains(learned.CueSpan)) && rule.ContentExtent.Overlaps(learned.ContentExtent) &&
        learned.ContentExtent.Start >= rule.ContentExtent.Start && learned.ContentExtent.End <= rule.ContentExtent.End;

    private static Speaker Typed(TokenWindow w, SpeakerResolver speakers, Speaker speaker)
    {
        if (speaker.Span is not { } span)
        {
            return speaker;
        }

        var (first, end) = AttributionScope.Tokens(w, span);
        if (end <= first)
        {
            return speaker;
        }

        if (end - first == 1 && (w.Is(first, "he") || w.Is(first, "she")) && speakers.PersonBefore(first) is { } person)
        {
            return person;
        }

        var typed = speakers.FromTokens(first, end);
        return typed.Span is null ? speaker : typed with { Span = span };
    }
}
