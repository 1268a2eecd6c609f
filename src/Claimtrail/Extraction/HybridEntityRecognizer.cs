using Claimtrail.Extraction.Learned.Ner;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>
/// The rules and the trained tagger, combined. The rules know what the tagger's training data does not annotate
/// (outlets, channels, handles, equipment such as "Pantsir-S1", places read from "in"/"near" and descriptors) and
/// resolve "the channel" or a surname to a name typed before, so their entities are kept as they are; the tagger
/// adds the names the rules missed, wherever it overlaps none of theirs. A nationality alone ("Russian", which the
/// tagger's training data calls MISC) is a hint to the geocoder, not an entity of the report, and is left out. A place
/// the tagger alone finds is kept only when the gazetteer holds it or it reads as a street, park or building: places
/// go on to the geocoder and the map, where a platform or a conference taken for a place would mislead.
/// </summary>
public sealed class HybridEntityRecognizer : IEntityRecognizer
{
    private readonly IEntityRecognizer _rules;
    private readonly IEntityRecognizer _trained;

    /// <summary>Combines <paramref name="rules"/> (kept whole) with <paramref name="trained"/> (filling gaps).</summary>
    public HybridEntityRecognizer(IEntityRecognizer rules, IEntityRecognizer trained)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(trained);
        _rules = rules;
        _trained = trained;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = _rules.Recognize(text);
        var added = new List<EntityMention>();
        foreach (var entity in _trained.Recognize(text))
        {
            if (!rules.Any(r => r.Span.Overlaps(entity.Span)) && !IsKicker(text, entity.Span) && !IsDemonym(entity) && IsPlausiblePlace(entity))
            {
                added.Add(entity);
            }
        }

        if (added.Count == 0)
        {
            return rules;
        }

        return [.. rules.Concat(added).OrderBy(e => e.Span.Start)];
    }

    private static bool IsPlausiblePlace(EntityMention entity) =>
        entity.Type != EntityType.Place || Geo.PlaceNames.BelowCity(entity.Text) is not null || Geo.Gazetteer.Default.Find(entity.Text).Count > 0;

    private static bool IsDemonym(EntityMention entity) =>
        entity.Type == EntityType.Miscellaneous && !entity.Text.Contains(' ', StringComparison.Ordinal) && Geo.Demonyms.CountryOf(entity.Text) is not null;

    // A one- or two-word sentence in capitals ("FLY.") is a kicker or a garbled heading: it names nothing.
    private static bool IsKicker(AnalysedText text, TextSpan span)
    {
        var sentence = text.Sentences[text.SentenceIndexAt(span.Start)];
        if (sentence.TokenCount > 2)
        {
            return false;
        }

        var words = sentence.Span.Of(text.Text);
        return !words.Any(char.IsLower);
    }
}
