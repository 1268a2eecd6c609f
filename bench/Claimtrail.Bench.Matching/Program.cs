using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Claimtrail.Matching;
using Claimtrail.Matching.Embeddings;
using Claimtrail.Matching.Index;
using Claimtrail.Text;

namespace Claimtrail.Bench.Matching;

/// <summary>
/// Whole-process benchmark of claim look-up: MiniLM embedding throughput, then an ANN index (USearch)
/// against exact brute-force cosine over the same clustered vectors, in one run. See bench/README.md.
/// </summary>
internal static class Program
{
    private const int Dimensions = 384;

    public static int Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var corpus = options.Corpus ?? FindCorpus();
        if (corpus is null)
        {
            Console.Error.WriteLine("bench: no --corpus given and shared/corpus/news-en/news.jsonl not found above the working folder");
            return 2;
        }

        var sentences = Sentences(corpus, Math.Max(options.Centres, options.EmbedSentences));
        Console.WriteLine(Invariant($"corpus {corpus}: {sentences.Count} sentences loaded"));

        // Embedding throughput, with ONNX Runtime's intra-op threads set explicitly.
        float[][] centres = [];
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            using var embedder = new MiniLmEmbedder(threads);
            embedder.Embed(["warm-up sentence for the session"]);
            var sample = sentences.Take(options.EmbedSentences).ToArray();
            var watch = Stopwatch.StartNew();
            var vectors = embedder.Embed(sample);
            watch.Stop();
            Console.WriteLine(Invariant($"embed  threads={threads} batch=8 sentences={sample.Length} time={watch.Elapsed.TotalSeconds:0.00}s rate={sample.Length / watch.Elapsed.TotalSeconds:0.0} sentences/s"));
            if (threads == Environment.ProcessorCount)
            {
                var rest = embedder.Embed(sentences.Skip(sample.Length).Take(options.Centres - Math.Min(options.Centres, sample.Length)).ToArray());
                centres = [.. vectors.Take(options.Centres), .. rest];
            }
        }

        // N claims: real sentence embeddings as topic centres, each claim a perturbed copy (rewordings of
        // one claim sit close together, as in a ledger), normalised.
        var random = new Random(options.Seed);
        var data = new float[options.Count][];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = Perturb(centres[random.Next(centres.Length)], options.Noise, random);
        }

        var queries = Enumerable.Range(0, options.Queries).Select(_ => Perturb(centres[random.Next(centres.Length)], options.Noise, random)).ToArray();
        Console.WriteLine(Invariant($"data   n={data.Length} dims={Dimensions} centres={centres.Length} noise={options.Noise} queries={queries.Length} mean-cos(query, nearest)={MeanNearest(queries, data):0.000}"));

        var before = Memory();
        var build = Stopwatch.StartNew();
        using var index = UsearchClaimIndex.Create(Dimensions, options.Connectivity, options.ExpansionAdd, options.ExpansionSearch[0]);
        index.Reserve(data.Length);
        Parallel.For(0, data.Length, new ParallelOptions { MaxDegreeOfParallelism = options.BuildThreads }, i => index.Add((ulong)i, data[i]));
        build.Stop();
        var afterIndex = Memory();
        Console.WriteLine(Invariant($"build  usearch connectivity={options.Connectivity} expansion_add={options.ExpansionAdd} threads={options.BuildThreads} time={build.Elapsed.TotalSeconds:0.0}s rss+={(afterIndex.Rss - before.Rss) / 1048576d:0}MiB"));

        using var exact = new ExactClaimIndex(Dimensions);
        for (var i = 0; i < data.Length; i++)
        {
            exact.Add((ulong)i, data[i]);
        }

        var path = Path.Combine(Path.GetTempPath(), "claimtrail-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".usearch");
        try
        {
            index.Save(path);
            Console.WriteLine(Invariant($"index  file={new FileInfo(path).Length / 1048576d:0}MiB"));
        }
        finally
        {
            File.Delete(path);
        }

        // The exact answers once, each query timed alone; then the index at every search expansion asked
        // for, on the same graph (the expansion changes without a rebuild).
        foreach (var query in queries.Take(10))
        {
            exact.Search(query, options.K);
        }

        var exactTimes = new List<double>();
        var truths = new List<HashSet<ulong>>();
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            var truth = exact.Search(query, options.K);
            exactTimes.Add(watch.Elapsed.TotalMilliseconds);
            truths.Add([.. truth.Select(h => h.Key)]);
        }

        var brute = Median(exactTimes);
        Console.WriteLine(Invariant($"query  brute-force median={brute:0.000}ms p90={Percentile(exactTimes, 0.9):0.000}ms"));
        foreach (var expansion in options.ExpansionSearch)
        {
            index.ExpansionSearch = expansion;
            foreach (var query in queries.Take(10))
            {
                index.Search(query, options.K);
            }

            var annTimes = new List<double>();
            var found = 0;
            for (var q = 0; q < queries.Length; q++)
            {
                var watch = Stopwatch.StartNew();
                var approximate = index.Search(queries[q], options.K);
                annTimes.Add(watch.Elapsed.TotalMilliseconds);
                found += approximate.Count(h => truths[q].Contains(h.Key));
            }

            var ann = Median(annTimes);
            Console.WriteLine(Invariant($"query  usearch expansion_search={index.ExpansionSearch} median={ann:0.000}ms p90={Percentile(annTimes, 0.9):0.000}ms brute-force/usearch={brute / ann:0.0}x recall@{options.K}={found / (double)(queries.Length * options.K):0.000}"));
        }

        var peak = Memory();
        Console.WriteLine(Invariant($"memory peak={peak.Peak / 1048576d:0}MiB (both indexes and the raw vectors in one process)"));
        return 0;
    }

    private static float[] Perturb(float[] centre, double noise, Random random)
    {
        var vector = new float[centre.Length];
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = centre[d] + (float)(noise * Gaussian(random));
        }

        VectorMath.Normalize(vector);
        return vector;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // How close the nearest stored claim is to a query, on a sample: shows how tight the clusters are.
    private static double MeanNearest(float[][] queries, float[][] data)
    {
        var sample = queries.Take(20).ToArray();
        return sample.Average(q => data.Take(20_000).Max(v => VectorMath.Dot(q, v)));
    }

    private static List<string> Sentences(string corpus, int limit)
    {
        var sentences = new List<string>(limit);
        foreach (var line in File.ReadLines(corpus))
        {
            if (sentences.Count >= limit)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("text", out var textElement) || textElement.GetString() is not { } text)
            {
                continue;
            }

            var tokens = Tokenizer.Tokenize(text);
            foreach (var sentence in SentenceSegmenter.Segment(text, tokens))
            {
                if (sentence.TokenCount is >= 8 and <= 60 && sentences.Count < limit)
                {
                    sentences.Add(text[sentence.Span.Start..sentence.Span.End]);
                }
            }
        }

        return sentences;
    }

    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "news-en", "news.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
    }

    private static (long Rss, long Peak) Memory()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return (rss, peak);
    }

    private static long Kilobytes(string line) =>
        1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
