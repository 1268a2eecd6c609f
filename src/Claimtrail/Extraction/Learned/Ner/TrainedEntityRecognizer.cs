using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// Named entities from the trained tagger (<see cref="NerTagger"/>): people, organisations, places and other names
/// (events, nationalities, products, works) in every sentence of a text, read together as one document.
/// </summary>
public sealed class TrainedEntityRecognizer : IEntityRecognizer
{
    private readonly NerTagger _tagger;
    private readonly NerDomain? _domain;

    /// <summary>Recognises with <paramref name="tagger"/>, reading text as <paramref name="domain"/>, or when null as <see cref="NerDomainDetector"/> tells from each text.</summary>
    public TrainedEntityRecognizer(NerTagger tagger, NerDomain? domain = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = tagger;
        _domain = domain;
    }

    /// <summary>The shipped tagger, telling news from posts by each text's words.</summary>
    public static TrainedEntityRecognizer Shipped { get; } = new(NerTagger.Shipped);

    /// <summary>The entity type of a tagger type: PER, ORG, LOC, MISC.</summary>
    public static EntityType TypeOf(string nerType) => nerType switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organisation,
        "LOC" => EntityType.Place,
        _ => EntityType.Miscellaneous,
    };

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<IReadOnlyList<string>>(text.Sentences.Count);
        foreach (var sentence in text.Sentences)
        {
            var tokens = new string[sentence.TokenCount];
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = text.Tokens[sentence.FirstToken + i];
                tokens[i] = text.Text.Substring(token.Start, token.Length);
            }

            sentences.Add(tokens);
        }

        var labels = _tagger.Tag(sentences, _domain ?? NerDomainDetector.Detect(sentences));
        var entities = new List<EntityMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var first = text.Sentences[s].FirstToken;
            var tags = new string[labels[s].Length];
            for (var i = 0; i < tags.Length; i++)
            {
                tags[i] = NerLabels.Names[labels[s][i]];
            }

            foreach (var (start, end, type) in NerLabels.Spans(tags))
            {
                var span = new TextSpan(text.Tokens[first + start].Start, text.Tokens[first + end - 1].End);
                entities.Add(new EntityMention(span.Of(text.Text), TypeOf(type), span));
            }
        }

        return entities;
    }
}
