using Claimtrail.Text;

namespace Claimtrail.Extraction.Learned;

/// <summary>
/// What both taggers read about a document's tokens, computed once per document: word, suffix and
/// shape hashes, quote state, paragraph and sentence membership, and running counts of quote marks
/// and commas so "is there a quote between these two tokens" is a subtraction.
/// </summary>
internal sealed class TokenView
{
    /// <summary>Quote state of a token outside any quotation.</summary>
    public const byte Outside = 0;

    /// <summary>Quote state of a token inside a quotation.</summary>
    public const byte Inside = 1;

    /// <summary>Quote state of an opening quote mark.</summary>
    public const byte Opening = 2;

    /// <summary>Quote state of a closing quote mark.</summary>
    public const byte Closing = 3;

    private TokenView(int count)
    {
        Count = count;
        Word = new ulong[count];
        Suffix = new ulong[count];
        Shape = new ulong[count];
        Stem = new ulong[count];
        WordRate = new ulong[count];
        StemRate = new ulong[count];
        Quote = new byte[count];
        Capitalised = new bool[count];
        InLexicon = new bool[count];
        Paragraph = new int[count];
        Sentence = new int[count];
        QuotesBefore = new int[count + 1];
        CommasBefore = new int[count + 1];
    }

    public int Count { get; }

    public ulong[] Word { get; }

    public ulong[] Suffix { get; }

    public ulong[] Shape { get; }

    /// <summary>Hash of the word with a common inflection stripped ("claims", "claimed", "claiming" → "claim").</summary>
    public ulong[] Stem { get; }

    public byte[] Quote { get; }

    /// <summary>Bucketed rate at which the word form was a cue in training (see <see cref="CueStatistics"/>).</summary>
    public ulong[] WordRate { get; }

    /// <summary>Bucketed rate at which the stem was a cue in training.</summary>
    public ulong[] StemRate { get; }

    public bool[] Capitalised { get; }

    public bool[] InLexicon { get; }

    /// <summary>Paragraph index of each token (paragraphs end at line breaks).</summary>
    public int[] Paragraph { get; }

    /// <summary>Sentence index of each token.</summary>
    public int[] Sentence { get; }

    /// <summary>The document's sentences (token ranges).</summary>
    public IReadOnlyList<Claimtrail.Text.Sentence> Sentences { get; private set; } = [];

    /// <summary>Token ranges [start, end) of the paragraphs.</summary>
    public List<(int Start, int End)> Paragraphs { get; } = [];

    /// <summary>Number of quote marks among tokens [0, i).</summary>
    public int[] QuotesBefore { get; }

    /// <summary>Number of commas among tokens [0, i).</summary>
    public int[] CommasBefore { get; }

    /// <summary>Hash used for positions before the first or after the last token.</summary>
    public static ulong Boundary { get; } = FeatureHash.Word("<s>");

    public ulong WordAt(int i) => (uint)i < (uint)Count ? Word[i] : Boundary;

    public ulong ShapeAt(int i) => (uint)i < (uint)Count ? Shape[i] : Boundary;

    public static TokenView Create(AnalysedText analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var text = analysed.Text;
        var tokens = analysed.Tokens;
        var view = new TokenView(tokens.Count) { Sentences = analysed.Sentences };
        for (var s = 0; s < analysed.Sentences.Count; s++)
        {
            var sentence = analysed.Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                view.Sentence[i] = s;
            }
        }

        var paragraph = 0;
        var paragraphStart = 0;
        var open = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > 0 && text.AsSpan(tokens[i - 1].End, token.Start - tokens[i - 1].End).IndexOfAny('\n', '\r') >= 0)
            {
                view.Paragraphs.Add((paragraphStart, i));
                paragraph++;
                paragraphStart = i;
                open = false; // A quotation that runs on re-opens at the next paragraph.
            }

            view.Paragraph[i] = paragraph;
            var chars = token.In(text);
            view.Word[i] = token.Kind == TokenKind.Number ? NumberHash : FeatureHash.Word(chars);
            view.Suffix[i] = FeatureHash.Suffix(chars, 3);
            view.Shape[i] = FeatureHash.Shape(chars);
            view.Stem[i] = token.Kind == TokenKind.Word ? FeatureHash.Mix(FeatureHash.Word(StemOf(chars)), 0x57u) : view.Word[i];
            view.Capitalised[i] = char.IsUpper(chars[0]);
            view.InLexicon[i] = CueLexicon.Contains(view.Word[i]);
            var quotes = view.QuotesBefore[i];
            var commas = view.CommasBefore[i];
            if (chars.Length == 1 && IsDoubleQuote(chars[0]))
            {
                var opening = chars[0] switch
                {
                    '\u201C' or '\u201E' or '\u00AB' => true,
                    '\u201D' or '\u00BB' => false,
                    _ => !open,
                };
                view.Quote[i] = opening ? Opening : Closing;
                open = opening;
                quotes++;
            }
            else
            {
                view.Quote[i] = open ? Inside : Outside;
                if (chars.Length == 1 && chars[0] == ',')
                {
                    commas++;
                }
            }

            view.QuotesBefore[i + 1] = quotes;
            view.CommasBefore[i + 1] = commas;
        }

        if (tokens.Count > 0)
        {
            view.Paragraphs.Add((paragraphStart, tokens.Count));
        }

        return view;
    }

    // A crude English stemmer: enough to share weights between inflections of a reporting verb.
    private static ReadOnlySpan<char> StemOf(ReadOnlySpan<char> word)
    {
        static bool Ends(ReadOnlySpan<char> w, string suffix) => w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        if (word.Length > 5 && Ends(word, "ing"))
        {
            return word[..^3];
        }

        if (word.Length > 4 && (Ends(word, "ed") || Ends(word, "es")))
        {
            return word[..^2];
        }

        if (word.Length > 3 && Ends(word, "s") && !Ends(word, "ss"))
        {
            return word[..^1];
        }

        return word;
    }

    private static readonly ulong NumberHash = FeatureHash.Word("<num>");

    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';
}
