using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Attribution from cue lexicons and the shape of reported speech: "X said (that) Y", "“Y,” X said",
/// "According to X, Y", "X – notes Y – …" (a relay), "X, quoted from Y, has published videos that allegedly
/// show Y", "Photos showing Y circulated on X", "X has not commented", "If Y is confirmed, Z".
/// Rules carry the relay chains, responses and evidence constructions a verification desk needs; a trained
/// tagger can replace or complement them through <see cref="IAttributionExtractor"/>.
/// </summary>
public sealed class RuleAttributionExtractor : IAttributionExtractor
{

    private readonly IEntityRecognizer _entities;

    /// <summary>Creates the extractor over the built-in entity recogniser.</summary>
    public RuleAttributionExtractor()
        : this(new RuleEntityRecognizer(WordLexicon.Shared))
    {
    }

    /// <summary>Creates the extractor; <paramref name="entities"/> names and types the speakers.</summary>
    public RuleAttributionExtractor(IEntityRecognizer entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities;
    }

    /// <inheritdoc />
    public string Version => "rules/1";

    /// <inheritdoc />
    public IReadOnlyList<Attribution> Extract(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var w = TokenWindow.For(text);
        var entities = _entities.Recognize(text);
        var state = new ExtractionState(w, new SpeakerResolver(w, entities), entities);
        foreach (var sentence in text.Sentences)
        {
            new SentenceRules(state, sentence).Run();
        }

        return NestedSpeech.Apply(state.Result, text.Text);
    }
}
