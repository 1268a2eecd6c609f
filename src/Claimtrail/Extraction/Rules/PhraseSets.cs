using Claimtrail.Model;

namespace Claimtrail.Extraction.Rules;

/// <summary>The phrase lists of <see cref="Lexicon"/> and <see cref="ResponseCues"/>, indexed for matching.</summary>
internal static class PhraseSets
{
    public static readonly PhraseSet<string> Speech = Of(Lexicon.SpeechPhrases);

    public static readonly PhraseSet<string> SourceFirst = Of(Lexicon.SourceFirstPhrases);

    public static readonly PhraseSet<string> LowerCaseInstitutions = Of(["defense ministry", "defence ministry", "foreign ministry", "interior ministry"]);

    public static readonly PhraseSet<string> InstitutionTails = Of(Lexicon.InstitutionTails);

    public static readonly PhraseSet<(Stance Stance, ResponseCues.SourceSide Side)> Responses =
        new(ResponseCues.All.Select(r => (r.Phrase, (r.Stance, r.Side))));

    public static PhraseSet<string> Of(IEnumerable<string> phrases) => new(phrases.Select(p => (p, p)));
}
