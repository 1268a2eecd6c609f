using System.Collections.Frozen;
using System.Globalization;
using Lingua;

namespace Claimtrail.Text;

/// <summary>
/// Language identification in two steps. English prose, the common case, is recognised at once from its
/// function words ("the", "of", "said"); a script used by one language decides alone (Hebrew, Georgian,
/// Greek, Hangul, kana); everything else goes to Lingua, restricted to the languages of the text's script,
/// whose models ship beside the program (see Claimtrail.csproj). Text too short or too mixed to tell is "und".
/// </summary>
public sealed class LinguaLanguageDetector : ILanguageDetector
{
    /// <summary>The languages told apart, as ISO 639-1 codes.</summary>
    public static readonly IReadOnlyList<string> Supported =
        ["en", "ru", "uk", "be", "de", "fr", "es", "it", "pt", "pl", "nl", "tr", "ar", "fa", "he", "zh", "ja", "ko", "ro", "ka", "el"];

    // Enough text to decide reliably; a whole long article costs time and decides nothing more.
    private const int SampleLength = 1000;
    private const int MinimumLetters = 12;

    // Share of words that are English function words above which a Latin-script text is English.
    // Running English prose has 35-50%; German, French or Spanish prose under 5% of these words.
    private const double EnglishShare = 0.18;

    private static readonly FrozenSet<string> EnglishWords = new[]
    {
        "the", "of", "and", "to", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "it", "he",
        "she", "said", "are", "were", "has", "have", "had", "be", "been", "this", "which", "not", "but", "or", "will",
        "would", "their", "they", "its", "his", "her", "who", "after", "about", "than", "also", "into", "could",
        "there", "when", "we", "you", "our", "more", "should", "what", "did", "does", "an", "if", "no", "up",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Lingua's high-accuracy mode loads five n-gram models a language: about ten seconds for the ten Latin-script
    // languages. Its trigram-only mode loads in well under a second and errs only on short text, where the cost of
    // an error is small here: English has already been recognised above, and every other language is flagged alike.
    private static readonly Lazy<LanguageDetector> Latin = new(() => Build(lowAccuracy: true, "en", "de", "fr", "es", "it", "pt", "pl", "nl", "tr", "ro"));
    private static readonly Lazy<LanguageDetector> Cyrillic = new(() => Build(lowAccuracy: false, "ru", "uk", "be"));
    private static readonly Lazy<LanguageDetector> Arabic = new(() => Build(lowAccuracy: false, "ar", "fa"));
    private static readonly Lazy<LanguageDetector> Han = new(() => Build(lowAccuracy: false, "zh", "ja"));

    private enum Script
    {
        Other,
        Latin,
        Cyrillic,
        Arabic,
        Hebrew,
        Georgian,
        Greek,
        Hangul,
        Kana,
        Han,
    }

    /// <inheritdoc />
    public string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var (script, letters) = DominantScript(sample);
        if (letters < MinimumLetters)
        {
            return "und";
        }

        return script switch
        {
            Script.Latin when IsEnglishProse(sample) => "en",
            Script.Latin => Ask(Latin, sample),
            Script.Cyrillic => Ask(Cyrillic, sample),
            Script.Arabic => Ask(Arabic, sample),
            Script.Han => Ask(Han, sample),
            Script.Hebrew => "he",
            Script.Georgian => "ka",
            Script.Greek => "el",
            Script.Hangul => "ko",
            Script.Kana => "ja",
            _ => "und",
        };
    }

    private static string Ask(Lazy<LanguageDetector> detector, string sample)
    {
        var language = detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? "und" : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }

    private static bool IsEnglishProse(string sample)
    {
        var words = 0;
        var english = 0;
        var lookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in Tokenizer.Tokenize(sample))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            english += lookup.Contains(token.In(sample)) ? 1 : 0;
        }

        return words >= 4 && english >= 2 && english >= words * EnglishShare;
    }

    private static (Script Script, int Letters) DominantScript(string sample)
    {
        Span<int> counts = stackalloc int[Enum.GetValues<Script>().Length];
        var letters = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            counts[(int)ScriptOf(c)]++;
        }

        var best = Script.Other;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best])
            {
                best = (Script)s;
            }
        }

        // Kana marks Japanese even where Han characters are more numerous.
        if (counts[(int)Script.Kana] > 0 && best == Script.Han)
        {
            best = Script.Kana;
        }

        return (best, letters);
    }

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u4E00' and <= '\u9FFF' => Script.Han,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        _ => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? Script.Other : Script.Latin,
    };

    private static LanguageDetector Build(bool lowAccuracy, params string[] codes)
    {
        var languages = codes
            .Select(code => LanguageInfo.GetByIsoCode6391(Enum.Parse<IsoCode6391>(code, ignoreCase: true)))
            .ToArray();
        var builder = LanguageDetectorBuilder.FromLanguages(languages)
            .WithLanguageModelsDirectory(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"));
        return (lowAccuracy ? builder.WithLowAccuracyMode() : builder).Build();
    }
}
