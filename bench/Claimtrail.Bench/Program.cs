using System.Diagnostics;
using System.Globalization;
using Claimtrail.Bench;
using Claimtrail.CheckWorthiness;
using Claimtrail.Extraction.Learned;
using Claimtrail.Extraction.Learned.Ner;
using Claimtrail.Extraction.Rules;
using Claimtrail.Input;
using Claimtrail.Pipeline;
using Claimtrail.Text;

// Throughput of the default analysis pipeline against plain tokenisation, measured in the same
// process over the same texts on one thread: the ratio is what to compare between runs and machines.
if (args is ["telegram-export" or "json-parse" or "telegram-read", ..])
{
    return TelegramBench.Run(args);
}

if (args is ["sqlite-copy", ..])
{
    return await SqliteCopyBench.RunAsync(args);
}

var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine("Claimtrail.Bench: " + error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var corpus = NewsCorpus.Load(options.Corpus, (long)(options.LimitMegabytes * 1_000_000));
var pipeline = AnalysisPipeline.CreateDefault();
var megabytes = corpus.Utf8Bytes / 1_000_000d;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus: {options.Corpus}: {corpus.Articles.Count} articles, {megabytes:F2} MB UTF-8 text, {corpus.Words} words"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"method: one thread, 1 warm-up run then median of {options.Repeat} timed runs; MB = 10^6 bytes"));

var tokenize = Measure(options.Repeat, () =>
{
    long tokens = 0;
    foreach (var (_, text) in corpus.Articles)
    {
        tokens += Tokenizer.Tokenize(text).Count;
    }

    return tokens;
});
var analyze = Measure(options.Repeat, () =>
{
    long mentions = 0;
    foreach (var (id, text) in corpus.Articles)
    {
        mentions += pipeline.Analyze(new SourceDocument(id, text, DocumentFormat.PlainText)).Mentions.Count;
    }

    return mentions;
});

// The same pipeline with the trained attribution tagger in place of the rules (model loaded before timing).
var trainedPipeline = new AnalysisPipeline(AnalysisPipeline.DefaultComponents() with { Attributions = TrainedAttributionExtractor.Shipped });
var trained = Measure(options.Repeat, () =>
{
    long mentions = 0;
    foreach (var (id, text) in corpus.Articles)
    {
        mentions += trainedPipeline.Analyze(new SourceDocument(id, text, DocumentFormat.PlainText)).Mentions.Count;
    }

    return mentions;
});

// The check-worthiness scorer alone over every sentence of every text (sentences split before timing): more text
// than the pipeline gives it (only mention contents), so an upper bound of its share of the pipeline's time.
var sentences = corpus.Articles.SelectMany(a => AnalysedText.Create(a.Text).Sentences.Select(s => s.Span.Of(a.Text))).ToList();
var scorer = CheckWorthinessModel.Shipped;
var checkworthy = Measure(options.Repeat, () =>
{
    long worthy = 0;
    foreach (var sentence in sentences)
    {
        worthy += scorer.IsCheckWorthy(scorer.Score(sentence)) ? 1 : 0;
    }

    return worthy;
});

// The pipeline as it was before the trained entity tagger joined the rules, and the tagger alone over the same texts.
var rulesPipeline = new AnalysisPipeline(AnalysisPipeline.DefaultComponents() with { Entities = new RuleEntityRecognizer(WordLexicon.Shared) });
var rules = Measure(options.Repeat, () =>
{
    long mentions = 0;
    foreach (var (id, text) in corpus.Articles)
    {
        mentions += rulesPipeline.Analyze(new SourceDocument(id, text, DocumentFormat.PlainText)).Mentions.Count;
    }

    return mentions;
});
var ner = Measure(options.Repeat, () =>
{
    long entities = 0;
    foreach (var (_, text) in corpus.Articles)
    {
        entities += TrainedEntityRecognizer.Shipped.Recognize(AnalysedText.Create(text)).Count;
    }

    return entities;
});

Print("tokenize", tokenize, "tokens");
Print("pipeline", analyze, "mentions");
Print("trained", trained, "mentions");
Print("checkwrth", checkworthy, "sentences");
Print("rules-ent", rules, "mentions");
Print("ner", ner, "entities");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio     pipeline takes {analyze.TotalSeconds / tokenize.TotalSeconds:F2}x the time of tokenisation (throughput ratio {tokenize.TotalSeconds / analyze.TotalSeconds:F3})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio     trained pipeline takes {trained.TotalSeconds / tokenize.TotalSeconds:F2}x the time of tokenisation (throughput ratio {tokenize.TotalSeconds / trained.TotalSeconds:F3})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio     check-worthiness scoring of every sentence takes {checkworthy.TotalSeconds / analyze.TotalSeconds:F3}x the time of the pipeline ({sentences.Count} sentences)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio     pipeline takes {analyze.TotalSeconds / rules.TotalSeconds:F2}x the time of the pipeline with rule entities only; the tagger alone {ner.TotalSeconds / tokenize.TotalSeconds:F2}x tokenisation"));
return 0;

void Print(string name, TimeSpan median, string unit)
{
    var seconds = median.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-9} {seconds * 1000,10:F1} ms {megabytes / seconds,10:F2} MB/s {corpus.Words / seconds,14:N0} words/s"));
}

static TimeSpan Measure(int repeat, Func<long> run)
{
    // The result is kept so the work cannot be optimised away; the warm-up pays for JIT and lazy lexicons.
    var sink = run();
    var times = new List<TimeSpan>(repeat);
    for (var i = 0; i < repeat; i++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        sink ^= run();
        times.Add(watch.Elapsed);
    }

    GC.KeepAlive(sink);
    times.Sort();
    return times[times.Count / 2];
}
