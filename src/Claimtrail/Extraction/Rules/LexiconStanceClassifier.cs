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
    private static readonly string[] QuestionCues = ["questioned", "questions", "question", "doubted", "doubts", "doubt", "asked whether", "asks whether", "wondered", "wonders", "cast doubt", "casts doubt"];

    // An asked or wondered content is a question whatever the verb: "asked whether …", "wondered if …".
    private static readonly string[] QuestionOpenings = ["whether", "if it was true", "why", "how"];

    // The speaker states the content only under a condition: "said that if the talks fail, the strike will begin".
    private static readonly string[] ConditionOpenings = ["if", "unless", "provided that", "as long as", "in case"];

    // Auxiliaries before a cue verb ("have confirmed", "has denied") do not change its stance.
    private static readonly string[] Auxiliaries = ["has ", "have ", "had ", "also ", "now ", "later ", "previously "];
    private static readonly string[] DeflectOpenings = ["to contact", "to ask", "to address", "to refer", "to direct", "to turn to", "to check with"];
    private static readonly string[] DeflectPhrases =
    [
        "better ask", "ask them", "ask the", "questions to", "question for", "refer you to", "a matter for", "not for us to",
        "not for me to", "direct your questions", "address your questions", "not our competence", "outside our competence",
        "should be addressed to", "should be directed to", "should be referred to", "be put to", "a question for",
        "referred reporters to", "referred journalists to", "referred questions to", "referred inquiries to", "redirected questions to",
    ];

    private static readonly string[] DenialPhrases = ["not true", "untrue", "is false", "are false", "was false", "were false", "baseless", "no basis", "fake", "fabricated", "fabrication", "a lie", "lies", "nonsense", "groundless", "did not happen", "never happened", "no evidence"];

    /// <inheritdoc />
    public Stance Classify(AnalysedText text, Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attribution);
        var cue = StripAuxiliaries(attribution.CueSpan.Of(text.Text).ToLowerInvariant());
        var content = string.Join(' ', attribution.Content.Select(c => c.Of(text.Text))).ToLowerInvariant();

        // What stands between the cue and the content: "said that if the talks fail, [the strike will begin]".
        var lead = attribution.CueSpan.End < attribution.ContentExtent.Start
            ? text.Text[attribution.CueSpan.End..attribution.ContentExtent.Start].ToLowerInvariant().Trim(' ', ',')
            : string.Empty;
        var opening = StripOpening(lead.Length > 0 ? lead + " " + content : content);
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

        if (StartsWithAny(content, DeflectOpenings) || ContainsAny(content, DeflectPhrases) || NotOursToComment(content))
        {
            return Stance.Deflects;
        }

        if (StartsWithAny(opening, QuestionOpenings) && AsksOrWonders(cue))
        {
            return Stance.Questions;
        }

        if (StartsWithAny(opening, ConditionOpenings) && opening.Contains(',', StringComparison.Ordinal))
        {
            return Stance.Conditional;
        }

        if (ContainsAny(content, DenialPhrases))
        {
            return Stance.Denies;
        }

        return content.StartsWith("if ", StringComparison.Ordinal) || cue.StartsWith("if ", StringComparison.Ordinal) ? Stance.Conditional : Stance.Asserts;
    }

    private static string StripAuxiliaries(string cue)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var auxiliary in Auxiliaries)
            {
                if (cue.StartsWith(auxiliary, StringComparison.Ordinal))
                {
                    cue = cue[auxiliary.Length..];
                    stripped = true;
                }
            }
        }

        return cue;
    }

    // The tagger's cue may take in the subject ("the opposition asked"): look at its words.
    private static bool AsksOrWonders(string cue) =>
        cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith("ask", StringComparison.Ordinal) || w.StartsWith("wonder", StringComparison.Ordinal));

    private static string StripOpening(string text) => text.StartsWith("that ", StringComparison.Ordinal) ? text[5..] : text;

    // "it was not for the cabinet to comment": the speaker says the answer belongs to someone else.
    private static bool NotOursToComment(string content)
    {
        var at = content.IndexOf("not for ", StringComparison.Ordinal);
        return at >= 0 && content.IndexOf(" to comment", at, StringComparison.Ordinal) is var end && end > at && end - at < 40;
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
