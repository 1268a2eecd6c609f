using System.Security.Cryptography;
using Claimtrail.Errors;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Learned;

/// <summary>
/// Attribution extraction by the trained perceptron taggers (<see cref="AttributionTagger"/>): finds
/// cues, then each cue's source and content. It does not build relay chains or read stance off the
/// cue; the rule-based stages do that.
/// </summary>
public sealed class TrainedAttributionExtractor : IAttributionExtractor
{
    /// <summary>Resource name of the model the program ships (made by <c>claimtrail train attribution</c>).</summary>
    public const string ShippedModelResource = "Claimtrail.Models.attribution-perceptron.bin.gz";

    /// <summary>Version of the feature templates this program computes; models record the one they were trained with.</summary>
    public const int FeaturesVersion = AttributionModel.FeaturesVersion;

    private static readonly Lazy<TrainedAttributionExtractor> ShippedInstance = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static AttributionTagger? t_tagger;

    private readonly AttributionModel _model;

    private TrainedAttributionExtractor(AttributionModel model, byte[] bytes)
    {
        _model = model;
        ModelHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Version = $"perceptron-attribution/{AttributionModel.FeaturesVersion}+{ModelHash[..12]}";
    }

    /// <summary>The extractor with the model shipped in this assembly, loaded once on first use.</summary>
    public static TrainedAttributionExtractor Shipped => ShippedInstance.Value;

    /// <inheritdoc />
    public string Version { get; }

    /// <summary>SHA-256 of the model file, in lower-case hex.</summary>
    public string ModelHash { get; }

    /// <summary>An extractor over a model file's bytes.</summary>
    /// <exception cref="InputException">The bytes are not a model this version reads.</exception>
    public static TrainedAttributionExtractor FromBytes(byte[] bytes, string name = "model")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return new TrainedAttributionExtractor(AttributionModel.Load(stream, name), bytes);
    }

    /// <summary>An extractor over the model file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing or not a model this version reads.</exception>
    public static TrainedAttributionExtractor FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        return FromBytes(File.ReadAllBytes(path), path);
    }

    /// <inheritdoc />
    public IReadOnlyList<Attribution> Extract(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tagger = t_tagger ??= new AttributionTagger();
        return tagger.Extract(_model, text);
    }

    private static TrainedAttributionExtractor LoadShipped()
    {
        using var resource = typeof(TrainedAttributionExtractor).Assembly.GetManifestResourceStream(ShippedModelResource)
            ?? throw new InvalidOperationException($"The assembly does not embed {ShippedModelResource}.");
        using var memory = new MemoryStream();
        resource.CopyTo(memory);
        return FromBytes(memory.ToArray(), ShippedModelResource);
    }
}
