using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Evidence named in an attribution's scope: "several videos", "photos", "leaked documents", with the kind
/// read off the noun and the quantifiers and adjectives before it kept in the text.
/// </summary>
public sealed class LexiconEvidenceDetector : IEvidenceDetector
{
    /// <inheritdoc />
    public IReadOnlyList<EvidenceRef> Find(AnalysedText text, Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attribution);
        var w = TokenWindow.For(text);

        // Evidence is often named at the head of the sentence, before its publisher: "Satellite images published by X suggest …".
        var scope = AttributionScope.Of(attribution);
        var sentence = text.Sentences[text.SentenceIndexAt(scope.Start)].Span;
        return Find(w, new TextSpan(Math.Min(scope.Start, sentence.Start), scope.End));
    }

    internal static List<EvidenceRef> Find(TokenWindow w, TextSpan scope)
    {
        var (first, end) = AttributionScope.Tokens(w, scope);
        var result = new List<EvidenceRef>();
        var lookup = Lexicon.EvidenceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = first; i < end; i++)
        {
            if (!lookup.TryGetValue(w.Lower(i), out var kind))
            {
                continue;
            }

            // "video footage", "satellite imagery": two evidence words are one item.
            var last = i;
            while (last + 1 < end && lookup.TryGetValue(w.Lower(last + 1), out var next))
            {
                kind = next == EvidenceKind.Unspecified ? kind : next;
                last++;
            }

            if (i > 0 && (w.Is(i - 1, "no") || w.Is(i - 1, "any") || w.Is(i - 1, "without") || (w.Is(i - 1, "of") && w.Is(i - 2, "lack"))))
            {
                i = last;
                continue; // "There is no evidence": nothing is cited.
            }

            var start = i;
            while (start - 1 >= first && IsQuantifier(w, start - 1))
            {
                start--;
            }

            result.Add(new EvidenceRef(kind, w.TextOf(start, last + 1), w.Span(start, last + 1)));
            i = last;
        }

        return result;
    }

    private static bool IsQuantifier(TokenWindow w, int i) =>
        w.Tokens[i].Kind == TokenKind.Number ||
        w.Is(i, "several") || w.Is(i, "some") || w.Is(i, "many") || w.Is(i, "new") || w.Is(i, "two") || w.Is(i, "three") ||
        w.Is(i, "amateur") || w.Is(i, "leaked") || w.Is(i, "satellite") || w.Is(i, "dozens") || w.Is(i, "numerous") ||
        w.Is(i, "grainy") || w.Is(i, "unverified") || w.Is(i, "a") || w.Is(i, "a few");
}
