using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Stance from the cue verb ("denied", "confirmed", "questioned") and the content's own words
/// ("to contact the Defence Ministry", "you'd better ask them" deflect; "is not true" denies).
/// </summary>
public sealed class LexiconStanceClassifier : IStanceClassifier
{
    private static readonly string[] DenyCues = ["denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "disputed", "disputes"];
    private static readonly string[] ConfirmCues = ["confirmed", "confirms", "confirm", "acknowledged", "acknowledges", "admitted", "admits", "conceded"];
    private static readonly string[] QuestionCues = ["questioned", "questions", "doubted", "doubts", "asked whether", "wondered", "cast doubt", "casts doubt"];
    private static readonly string[] DeflectOpenings = ["to contact", "to ask", "to address", "to refer", "to direct", "to turn to", "to check with"];
    private static readonly string[] DeflectPhrases =
    [
        "better ask", "ask them", "ask the", "questions to", "question for", "refer you to", "a matter for", "not for us to",
        "not for me to", "direct your questions", "address your questions", "not our competence", "outside our competence",
        "should be addressed to", "should be directed to", "should be referred to", "be put to", "a question for",
    ];

    private static readonly string[] DenialPhrases = ["not true", "untrue", "is false", "are false", "was false", "were false", "baseless", "no basis", "fake", "fabricated", "fabrication", "a lie", "lies", "nonsense", "groundless", "did not happen", "never happened", "no evidence"];

    /// <inheritdoc />
    public Stance Classify(AnalysedText text, Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attribution);
        var cue = attribution.CueSpan.Of(text.Text).ToLowerInvariant();
        var content = string.Join(' ', attribution.Content.Select(c => c.Of(text.Text))).ToLowerInvariant();
        if (StartsWithAny(cue, DenyCues))
        {
            return Stance.Denies;
        }

        if (StartsWithAny(cue, ConfirmCues))
        {
            return Stance.Confirms;
        }

        if (StartsWithAny(cue, QuestionCues))
        {
            return Stance.Questions;
        }

        if (StartsWithAny(content, DeflectOpenings) || ContainsAny(content, DeflectPhrases))
        {
            return Stance.Deflects;
        }

        if (ContainsAny(content, DenialPhrases))
        {
            return Stance.Denies;
        }

        return content.StartsWith("if ", StringComparison.Ordinal) || cue.StartsWith("if ", StringComparison.Ordinal) ? Stance.Conditional : Stance.Asserts;
    }

    private static bool StartsWithAny(string text, string[] prefixes) =>
        prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal) && (text.Length == p.Length || !char.IsLetter(text[p.Length])));

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var before = at == 0 || !char.IsLetter(text[at - 1]);
                var after = at + phrase.Length >= text.Length || !char.IsLetter(text[at + phrase.Length]);
                if (before && after)
                {
                    return true;
                }

                at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
