using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Learned;

/// <summary>
/// Runs the two taggers of an <see cref="AttributionModel"/> over a document, the same way for training
/// and for inference.
/// </summary>
/// <remarks>
/// Why a pipeline of two taggers rather than one joint BIO scheme: PolNeAR content is long,
/// discontinuous and often on both sides of its cue ("'…,' she said, '…'"), and a paragraph often
/// holds several attributions. A single tag sequence cannot say which content belongs to which cue,
/// while tagging the tokens around one cue at a time turns "which attribution" into features
/// (side, distance, quotes and other cues in between) and keeps each decision a small 3-label
/// Viterbi. Cue finding first, as BIO over paragraphs, because cues are short and lexical.
/// The window for one cue is its paragraph, cut to four sentences before and three after:
/// in the training data about 97% of content characters and nearly all sources lie in the cue's
/// own paragraph, and the cut bounds the cost on text without line breaks.
/// </remarks>
internal sealed class AttributionTagger
{
    public const int CueOutside = 0;
    public const int CueBegin = 1;
    public const int CueInside = 2;

    public const int RoleOutside = 0;
    public const int RoleSource = 1;
    public const int RoleContent = 2;

    private const int MaxChunk = 600;
    private const int MaxReach = 200;
    private const int SentencesBefore = 2;
    private const int SentencesAfter = 2;

    private static readonly float[] CueMask = BuildCueMask();
    private static readonly float[] NoMask = new float[4 * 3];

    private int[] _features = new int[4096];
    private float[] _emissions = new float[512];
    private int[] _labels = new int[256];

    /// <summary>Finds the cues of <paramref name="view"/> as token ranges, in text order.</summary>
    public List<(int Start, int End)> FindCues(WeightTable table, TokenView view, float beginBias)
    {
        var cues = new List<(int Start, int End)>();
        foreach (var (start, end) in Chunks(view))
        {
            var labels = TagCues(table, view, start, end, beginBias);
            // Adjacent cue tokens form one cue even when the tagger begins a second one ("is" B,
            // "raising" B): two cues with nothing between them are next to never annotated, and
            // splitting one would count a false positive.
            var open = -1;
            for (var i = 0; i <= labels.Length; i++)
            {
                var label = i < labels.Length ? labels[i] : CueOutside;
                if (open >= 0 && label == CueOutside)
                {
                    cues.Add((start + open, start + i));
                    open = -1;
                }

                if (label != CueOutside && open < 0)
                {
                    open = i;
                }
            }
        }

        return cues;
    }

    /// <summary>
    /// The stretches the cue tagger decodes at once: paragraphs, with a long one cut at sentence
    /// ends (and an endless sentence cut anywhere) so that memory stays bounded on text without
    /// line breaks. News paragraphs are far shorter than the limit, so the cut changes nothing there.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Chunks(TokenView view)
    {
        foreach (var (start, end) in view.Paragraphs)
        {
            var from = start;
            while (end - from > MaxChunk)
            {
                // The last sentence end within the limit, or the limit itself.
                var cut = from + MaxChunk;
                var sentence = view.Sentence[cut];
                var sentenceStart = view.Sentences[sentence].FirstToken;
                if (sentenceStart > from)
                {
                    cut = sentenceStart;
                }

                yield return (from, cut);
                from = cut;
            }

            yield return (from, end);
        }
    }

    /// <summary>Tags tokens [start, end) with cue labels; the features stay in <see cref="Features"/>.</summary>
    public ReadOnlySpan<int> TagCues(WeightTable table, TokenView view, int start, int end, float beginBias = 0f)
    {
        var n = end - start;
        Ensure(n, CueFeatures.Count);
        var emissions = _emissions.AsSpan(0, n * 3);
        emissions.Clear();
        for (var i = 0; i < n; i++)
        {
            var slice = _features.AsSpan(i * CueFeatures.Count, CueFeatures.Count);
            CueFeatures.Extract(view, start + i, table, slice);
            table.Score(slice, emissions.Slice(i * 3, 3));
            emissions[i * 3 + CueBegin] += beginBias;
        }

        var labels = _labels.AsSpan(0, n);
        Viterbi.Decode(emissions, n, table, CueMask, labels);
        return labels;
    }

    /// <summary>The features the last tagging call computed, <c>position * count</c>.</summary>
    public ReadOnlySpan<int> Features => _features;

    /// <summary>The token window a cue's source and content are looked for in.</summary>
    public static (int Start, int End) Window(TokenView view, int cueStart, int cueEnd)
    {
        var paragraph = view.Paragraph[cueStart];
        var (paragraphStart, paragraphEnd) = view.Paragraphs[paragraph];
        var first = Math.Max(0, view.Sentence[cueStart] - SentencesBefore);
        var last = Math.Min(view.Sentences.Count - 1, view.Sentence[cueEnd - 1] + SentencesAfter);

        // A paragraph that ends in a colon ("The Times reports:") hands its content to the next one.
        if (paragraph + 1 < view.Paragraphs.Count && view.Word[paragraphEnd - 1] == Colon && view.Sentence[cueEnd - 1] + 1 >= view.Sentence[paragraphEnd - 1])
        {
            paragraphEnd = view.Paragraphs[paragraph + 1].End;
            last = Math.Min(view.Sentences.Count - 1, view.Sentence[paragraphEnd - 1]);
            last = Math.Min(last, view.Sentence[cueEnd - 1] + SentencesAfter + 2);
        }

        var start = Math.Max(paragraphStart, view.Sentences[first].FirstToken);
        var end = Math.Min(paragraphEnd, view.Sentences[last].EndToken);

        // Sentences without stops can be endless; the cost per cue stays bounded.
        return (Math.Max(start, cueStart - MaxReach), Math.Min(end, cueEnd + MaxReach));
    }

    private static readonly float[] ContentRetries = [10f, 25f, 50f, 100f, 200f, 400f];

    private static readonly ulong Colon = FeatureHash.Word(":");

    /// <summary>Tags tokens [start, end) with roles relative to <paramref name="cue"/>; cue tokens are always outside.</summary>
    public ReadOnlySpan<int> TagRoles(WeightTable table, TokenView view, in RoleFeatures.Cue cue, int start, int end, float contentBias = 0f)
    {
        var n = end - start;
        Ensure(n, RoleFeatures.Count);
        var emissions = _emissions.AsSpan(0, n * 3);
        emissions.Clear();
        for (var i = 0; i < n; i++)
        {
            var j = start + i;
            var slice = _features.AsSpan(i * RoleFeatures.Count, RoleFeatures.Count);
            RoleFeatures.Extract(view, cue, j, table, slice);
            var scores = emissions.Slice(i * 3, 3);
            table.Score(slice, scores);
            scores[RoleContent] += contentBias;
            if (j >= cue.Start && j < cue.End)
            {
                scores[RoleSource] += Viterbi.Forbidden;
                scores[RoleContent] += Viterbi.Forbidden;
            }
        }

        var labels = _labels.AsSpan(0, n);
        Viterbi.Decode(emissions, n, table, NoMask, labels);
        return labels;
    }

    /// <summary>Finds every attribution in <paramref name="text"/>.</summary>
    public List<Attribution> Extract(AttributionModel model, AnalysedText text)
    {
        var view = TokenView.Create(text);
        model.Statistics.Annotate(view);
        var cues = FindCues(model.Cues, view, model.CueBias);
        var before = new int[view.Count + 1];
        foreach (var (start, end) in cues)
        {
            for (var i = start; i < end; i++)
            {
                before[i + 1] = 1;
            }
        }

        for (var i = 0; i < view.Count; i++)
        {
            before[i + 1] += before[i];
        }

        var attributions = new List<Attribution>(cues.Count);
        var tokens = text.Tokens;
        foreach (var (cueStart, cueEnd) in cues)
        {
            var (start, end) = Window(view, cueStart, cueEnd);
            var cue = new RoleFeatures.Cue(cueStart, cueEnd, before);

            // Every cue has content: when the best labelling has none, ask for the best one that has some.
            var labels = TagRoles(model.Roles, view, cue, start, end);
            foreach (var contentBias in ContentRetries)
            {
                if (labels.Contains(RoleContent))
                {
                    break;
                }

                labels = TagRoles(model.Roles, view, cue, start, end, contentBias);
            }
            var content = new List<TextSpan>();
            (int Start, int End) source = (-1, -1);
            var bestDistance = int.MaxValue;
            var i = 0;
            while (i < labels.Length)
            {
                var label = labels[i];
                var runStart = i;
                while (i < labels.Length && labels[i] == label)
                {
                    i++;
                }

                if (label == RoleContent)
                {
                    content.Add(new TextSpan(tokens[start + runStart].Start, tokens[start + i - 1].End));
                }
                else if (label == RoleSource)
                {
                    // Several source runs: the one nearest the cue speaks.
                    var distance = start + i <= cueStart ? cueStart - (start + i) : start + runStart - cueEnd;
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        source = (start + runStart, start + i);
                    }
                }
            }

            if (content.Count == 0)
            {
                continue;
            }

            var speaker = Speaker.None;
            if (source.Start >= 0)
            {
                var span = new TextSpan(tokens[source.Start].Start, tokens[source.End - 1].End);
                speaker = new Speaker(span.Of(text.Text), SourceKind.Unknown, span);
            }

            var cueSpan = new TextSpan(tokens[cueStart].Start, tokens[cueEnd - 1].End);
            attributions.Add(new Attribution(cueSpan, speaker, content, []));
        }

        return attributions;
    }

    private void Ensure(int n, int featureCount)
    {
        if (_features.Length < n * featureCount)
        {
            _features = new int[Math.Max(n * featureCount, _features.Length * 2)];
        }

        if (_emissions.Length < n * 3)
        {
            _emissions = new float[Math.Max(n * 3, _emissions.Length * 2)];
        }

        if (_labels.Length < n)
        {
            _labels = new int[Math.Max(n, _labels.Length * 2)];
        }
    }

    // Inside may only follow Begin or Inside.
    private static float[] BuildCueMask()
    {
        var mask = new float[4 * 3];
        mask[CueOutside * 3 + CueInside] = Viterbi.Forbidden;
        mask[3 * 3 + CueInside] = Viterbi.Forbidden;
        return mask;
    }
}
