using Claimtrail.Extraction;
using Claimtrail.Extraction.Rules;
using Claimtrail.Input;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Pipeline;

/// <summary>
/// normalise → segment → attributions → stance and hedges → entities and places → claims.
/// Every stage is a pure function of its input; the pipeline holds no state between documents and
/// may be used from several threads at once.
/// </summary>
public sealed class AnalysisPipeline
{
    private static readonly HashSet<string> Anaphors = new(StringComparer.OrdinalIgnoreCase) { "them", "it", "this", "these", "those", "they" };
    private readonly AnalysisComponents _components;

    /// <summary>The flag on a report whose language the extractors do not read.</summary>
    public const string UnsupportedLanguage = "language not supported for extraction";

    /// <summary>Composes a pipeline from <paramref name="components"/>.</summary>
    public AnalysisPipeline(AnalysisComponents components)
    {
        ArgumentNullException.ThrowIfNull(components);
        _components = components;
    }

    /// <summary>The version string recorded on every mention.</summary>
    public string ExtractorVersion => _components.Attributions.Version;

    /// <summary>The stages in use.</summary>
    public AnalysisComponents Components => _components;

    /// <summary>A pipeline of the built-in rule and lexicon stages.</summary>
    public static AnalysisPipeline CreateDefault() => new(DefaultComponents());

    /// <summary>The built-in stages, for callers that replace only some of them.</summary>
    public static AnalysisComponents DefaultComponents()
    {
        var lexicon = WordLexicon.Shared;
        var entities = new RuleEntityRecognizer(lexicon);
        return new AnalysisComponents
        {
            Normalizer = new TextNormalizer(lexicon),
            Language = new LinguaLanguageDetector(),
            Attributions = new HybridAttributionExtractor(new RuleAttributionExtractor(entities), Extraction.Learned.TrainedAttributionExtractor.Shipped, entities),
            Stance = new LexiconStanceClassifier(),
            Hedges = new LexiconHedgeDetector(),
            Evidence = new LexiconEvidenceDetector(),
            Entities = new HybridEntityRecognizer(entities, Extraction.Learned.Ner.TrainedEntityRecognizer.Shipped),
            Places = new RulePlaceFinder(),
            Geocoder = Geo.Geocoder.CreateDefault(),
            Claims = new ExactClaimClusterer(),
            CheckWorthiness = CheckWorthiness.CheckWorthinessModel.Shipped,
        };
    }

    /// <summary>The flag on a report stored without extraction (<c>ingest --no-extract</c>).</summary>
    public const string NotExtracted = "extraction not run";

    /// <summary>Normalises and analyses one document.</summary>
    public Report Analyze(SourceDocument document, CancellationToken cancellationToken = default) =>
        Analyze(Normalize(document), cancellationToken);

    /// <summary>
    /// Normalises a document's text and computes its report id, without extraction: the cheap first step that
    /// lets an ingest skip a report already in the ledger before spending anything on it.
    /// </summary>
    public NormalizedDocument Normalize(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = _components.Normalizer.Normalize(document.Text);
        return new NormalizedDocument(document, text, ContentId.ForReport(text));
    }

    /// <summary>The id the report of <paramref name="document"/> will have.</summary>
    public string IdFor(SourceDocument document) => Normalize(document).Id;

    /// <summary>Analyses a document normalised by <see cref="Normalize"/>.</summary>
    public Report Analyze(NormalizedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WithMetadata(AnalyzeNormalized(document.Text, document.Document.Source, cancellationToken), document.Document);
    }

    /// <summary>
    /// The report of a normalised document with no extraction at all (no language detection, no mentions):
    /// flagged <see cref="NotExtracted"/>, language <c>und</c>. For bulk loads that analyse later.
    /// </summary>
    public static Report Describe(NormalizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var report = new Report { Id = document.Id, Source = document.Document.Source, Language = "und", Text = document.Text, Flags = [NotExtracted] };
        return WithMetadata(report, document.Document);
    }

    private static Report WithMetadata(Report report, SourceDocument document) => report with
    {
        Title = document.Title,
        Published = document.Published,
        Publisher = document.Publisher,
        Post = document.Post.IsEmpty ? null : document.Post,
    };

    /// <summary>
    /// Analyses text that is already normalised, so that spans point into it unchanged
    /// (the evaluation path: gold offsets refer to the text as given).
    /// </summary>
    public Report AnalyzeNormalized(string text, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        var id = ContentId.ForReport(text);
        var language = _components.Language.Detect(text);
        if (!string.Equals(language, "en", StringComparison.Ordinal))
        {
            // The extraction rules and models read English; anything else is kept, flagged, and not guessed at.
            return new Report { Id = id, Source = source, Language = language, Text = text, Flags = [UnsupportedLanguage] };
        }

        var analysed = AnalysedText.Create(text);
        var entities = _components.Entities.Recognize(analysed);
        var places = Locate(text, _components.Places.Find(analysed, entities));
        cancellationToken.ThrowIfCancellationRequested();
        var attributions = _components.Attributions.Extract(analysed);
        var mentions = new List<Mention>(attributions.Count);
        var entitiesInOrder = InTextOrder(entities, e => e.Span);
        var placesInOrder = InTextOrder(places, p => p.Span);
        foreach (var attribution in attributions)
        {
            mentions.Add(ToMention(analysed, id, attribution, (entities, entitiesInOrder), (places, placesInOrder)));
        }

        return new Report
        {
            Id = id,
            Source = source,
            Language = language,
            Text = text,
            Mentions = mentions,
            Entities = Summarize(entities),
        };
    }

    /// <summary>Analyses documents and clusters their mentions into claims.</summary>
    public AnalysisResult AnalyzeAll(IEnumerable<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports as IReadOnlyList<Report> ?? [.. reports];
        return new AnalysisResult(list, _components.Claims.Cluster(list));
    }

    private Mention ToMention(AnalysedText analysed, string reportId, Attribution attribution, (IReadOnlyList<EntityMention> All, bool InOrder) entities, (IReadOnlyList<PlaceRef> All, bool InOrder) places)
    {
        var text = analysed.Text;
        var extent = attribution.ContentExtent;
        var scope = attribution.Scope;
        var content = string.Join(' ', attribution.Content.Select(f => f.Of(text).Trim()));
        var stance = attribution.CueStance ?? _components.Stance.Classify(analysed, attribution);
        var mentionPlaces = Inside(places.All, places.InOrder, p => p.Span, scope);
        mentionPlaces.RemoveAll(p => InSpeaker(attribution, p.Span));

        // "…carried them out": an asserted content that points back takes the places of the sentence before.
        if (mentionPlaces.Count == 0 && stance == Stance.Asserts && HasAnaphor(analysed, extent))
        {
            var sentence = analysed.SentenceIndexAt(extent.Start);
            if (sentence > 0)
            {
                var previous = analysed.Sentences[sentence - 1].Span;
                mentionPlaces.AddRange(Inside(places.All, places.InOrder, p => p.Span, previous));
            }
        }

        return new Mention
        {
            Id = ContentId.ForMention(reportId, extent.Start, extent.End, attribution.CueSpan.Start),
            Span = extent,
            Fragments = attribution.Content,
            Content = content,
            Speaker = attribution.Speaker,
            Cue = attribution.CueSpan.Of(text),
            CueSpan = attribution.CueSpan,
            Relay = attribution.Relay,
            Stance = stance,
            Hedges = _components.Hedges.Find(analysed, attribution),
            Evidence = _components.Evidence.Find(analysed, attribution),
            Places = mentionPlaces,
            Entities = Inside(entities.All, entities.InOrder, e => e.Span, scope),
            CheckWorthiness = _components.CheckWorthiness is { } scorer ? Math.Round(scorer.Score(content), 4) : null,
            Extractor = _components.Attributions.Version,
        };
    }

    private static bool InTextOrder<T>(IReadOnlyList<T> items, Func<T, TextSpan> span)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (span(items[i]).Start < span(items[i - 1]).Start)
            {
                return false;
            }
        }

        return true;
    }

    // The items inside scope, in list order. Every mention asks this of the report's entities and places: a scan of
    // the whole list per mention grows with mentions × entities, so a list in text order is searched from the first
    // item that can start inside the scope instead.
    private static List<T> Inside<T>(IReadOnlyList<T> items, bool inOrder, Func<T, TextSpan> span, TextSpan scope)
    {
        var result = new List<T>();
        var i = 0;
        if (inOrder)
        {
            int lo = 0, hi = items.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (span(items[mid]).Start < scope.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            i = lo;
        }

        for (; i < items.Count; i++)
        {
            var s = span(items[i]);
            if (inOrder && s.Start > scope.End)
            {
                break;
            }

            if (scope.Contains(s))
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    private IReadOnlyList<PlaceRef> Locate(string text, IReadOnlyList<PlaceRef> places)
    {
        if (places.Count == 0)
        {
            return places;
        }

        var resolved = _components.Geocoder.Resolve(text, places);
        return [.. resolved.Select(r => r.Place with { Geo = ToLocation(r) })];
    }

    private static PlaceLocation ToLocation(Geo.ResolvedPlace resolved) => new(
        resolved.Point?.Latitude,
        resolved.Point?.Longitude,
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(resolved.Precision.ToString()),
        Math.Round(resolved.Confidence, 3),
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(resolved.Resolution.ToString()),
        resolved.PendingGeolocation,
        resolved.Entry?.Id,
        resolved.CountryCode,
        resolved.Reason);

    private static bool InSpeaker(Attribution attribution, TextSpan span) =>
        attribution.Speaker.Span is { } speaker && speaker.Contains(span);

    private static bool HasAnaphor(AnalysedText analysed, TextSpan extent)
    {
        var lookup = Anaphors.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in analysed.Tokens)
        {
            if (token.Start >= extent.End)
            {
                break;
            }

            if (token.Start >= extent.Start && lookup.Contains(token.In(analysed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<EntitySummary> Summarize(IReadOnlyList<EntityMention> entities)
    {
        // A surname alone is the person named in full elsewhere in the report ("Peskov" → "Dmitry Peskov").
        // A one-word name w ends a full name n when n ends with " " + w; as w holds no space, that space is n's last, so
        // the full names are indexed by their last word (the first in text order kept) instead of each one-word name
        // scanning them all with a new string per comparison.
        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Person && e.Text.Contains(' ', StringComparison.Ordinal))
            {
                fullNames.TryAdd(e.Text[(e.Text.LastIndexOf(' ') + 1)..], e.Text);
            }
        }

        var order = new List<(string Key, EntityType Type)>();
        var counts = new Dictionary<(string Key, EntityType Type), (string Text, int Count)>();
        foreach (var entity in entities)
        {
            var text = entity.Type == EntityType.Person && !entity.Text.Contains(' ', StringComparison.Ordinal)
                ? fullNames.GetValueOrDefault(entity.Text) ?? entity.Text
                : entity.Text;
            var key = (EntityKey(text), entity.Type);
            if (counts.TryGetValue(key, out var seen))
            {
                counts[key] = (seen.Text, seen.Count + 1);
            }
            else
            {
                counts[key] = (text, 1);
                order.Add(key);
            }
        }

        return [.. order.Select(k => new EntitySummary(counts[k].Text, k.Type, counts[k].Count))];
    }

    private static string EntityKey(string text) => text.Trim().ToLowerInvariant();
}
