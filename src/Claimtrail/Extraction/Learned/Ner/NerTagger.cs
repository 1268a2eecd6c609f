using System.IO.Compression;
using Claimtrail.Errors;
using Claimtrail.Geo;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// The trained named-entity tagger: a first-order structured perceptron over BIO labels of PER, ORG, LOC and MISC
/// (<see cref="NerLabels"/>), decoded with Viterbi, over the features of <see cref="NerFeatures"/>. Saved as a
/// gzip-compressed, versioned binary file of the non-zero weights. Thread-safe for tagging.
/// </summary>
public sealed class NerTagger
{
    private const uint Magic = 0x52454E43; // "CNER"
    private const int FormatVersion = 2;
    private const string ResourceName = "Claimtrail.Models.ner-perceptron.bin.gz";
    private static readonly Lazy<NerTagger> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WeightTable _table;
    private readonly NerFeatures _features;
    // Per domain, one bias per entity type (NerLabels.Types order).
    private readonly float[][] _bias;

    internal NerTagger(WeightTable table, NerFeatures features, float[][]? bias = null)
    {
        _table = table;
        _features = features;
        _bias = bias ?? [.. Enum.GetValues<NerDomain>().Select(_ => new float[NerLabels.Types.Count])];
    }

    /// <summary>
    /// Added to the scores of the B- and I- labels of each type (in <see cref="NerLabels.Types"/> order) when decoding
    /// text of a domain (not in training). The perceptron trained on edited news is timid on posts, where names are
    /// written loosely, and their mix of types differs (mostly people); biases chosen on dev posts buy recall and
    /// settle doubtful types.
    /// </summary>
    public IReadOnlyList<float> BiasFor(NerDomain domain) => _bias[(int)domain];

    /// <summary>This tagger with <paramref name="bias"/> as the entity bias of every type in <paramref name="domain"/> (the weights are shared).</summary>
    public NerTagger WithBias(NerDomain domain, float bias) => WithBias(domain, [.. NerLabels.Types.Select(_ => bias)]);

    /// <summary>This tagger with <paramref name="bias"/> (one per type, in <see cref="NerLabels.Types"/> order) as the entity biases of <paramref name="domain"/>.</summary>
    public NerTagger WithBias(NerDomain domain, IReadOnlyList<float> bias)
    {
        ArgumentNullException.ThrowIfNull(bias);
        if (bias.Count != NerLabels.Types.Count)
        {
            throw new ArgumentException($"{bias.Count} biases for {NerLabels.Types.Count} types", nameof(bias));
        }

        var copy = (float[][])_bias.Clone();
        copy[(int)domain] = [.. bias];
        return new NerTagger(_table, _features, copy);
    }

    /// <summary>Version of the feature templates the tagger reads; a model made with others is refused.</summary>
    public const int FeaturesVersion = NerFeatures.Version;

    /// <summary>The tagger shipped in the core (<c>Models/ner-perceptron.bin.gz</c>), loaded on first use.</summary>
    public static NerTagger Shipped => Embedded.Value;

    /// <summary>The features the tagger reads, made with the embedded gazetteer and the shared word list.</summary>
    internal static NerFeatures DefaultFeatures() => new(Gazetteer.Default, WordLexicon.Shared);

    /// <summary>
    /// BIO labels (indices into <see cref="NerLabels.Names"/>) for every sentence of one document, in order; the
    /// sentences are read together so that a name written with capitals in one helps in the others.
    /// </summary>
    public IReadOnlyList<int[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences, NerDomain domain)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var buckets = _features.ExtractDocument(sentences, domain, _table);
        var result = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = sentences[s].Count;
            result[s] = new int[n];
            if (n > 0)
            {
                Decode(_table, buckets[s], n, result[s], _bias[(int)domain]);
            }
        }

        return result;
    }

    internal static void Decode(WeightTable table, ReadOnlySpan<int> buckets, int n, Span<int> labels, ReadOnlySpan<float> bias = default)
    {
        var count = table.Labels;
        var emissions = new float[n * count];
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * count, count);
            table.Score(buckets.Slice(i * NerFeatures.PerToken, NerFeatures.PerToken), scores);
            if (!bias.IsEmpty)
            {
                for (var y = 1; y < count; y++)
                {
                    scores[y] += bias[(y - 1) / 2];
                }
            }
        }

        Viterbi.Decode(emissions, n, table, NerLabels.TransitionMask, labels);
    }

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(NerFeatures.Version);
        _table.Write(writer);
        writer.Write(_bias.Length);
        writer.Write(NerLabels.Types.Count);
        foreach (var domain in _bias)
        {
            foreach (var bias in domain)
            {
                writer.Write(bias);
            }
        }
    }

    /// <summary>Reads a model <see cref="Save"/> wrote, named <paramref name="name"/> in errors.</summary>
    /// <exception cref="InputException">The stream is not a model this version can read.</exception>
    public static NerTagger Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = ModelFile.OpenReader(stream, name, Magic, "entity", FormatVersion, NerFeatures.Version);
            var table = WeightTable.Read(reader, maxLabels: NerLabels.Count);
            if (table.Labels != NerLabels.Count)
            {
                throw new InputException(name, $"has {table.Labels} labels; the tagger has {NerLabels.Count}");
            }

            var domains = reader.ReadInt32();
            if (domains != Enum.GetValues<NerDomain>().Length)
            {
                throw new InvalidDataException($"{domains} domains");
            }

            var types = reader.ReadInt32();
            if (types != NerLabels.Types.Count)
            {
                throw new InvalidDataException($"{types} entity types");
            }

            var bias = new float[domains][];
            for (var d = 0; d < domains; d++)
            {
                bias[d] = new float[types];
                for (var t = 0; t < types; t++)
                {
                    bias[d][t] = reader.ReadSingle();
                }
            }

            return new NerTagger(table, DefaultFeatures(), bias);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw new InputException(name, "is a truncated or corrupt model: " + ex.Message);
        }
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InputException">The file cannot be read or is not a model.</exception>
    public static NerTagger Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, ex.Message);
        }
    }

    private static NerTagger LoadEmbedded()
    {
        using var stream = typeof(NerTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The entity model {ResourceName} is not embedded in {typeof(NerTagger).Assembly.GetName().Name}.");
        return Load(stream, ResourceName);
    }
}
