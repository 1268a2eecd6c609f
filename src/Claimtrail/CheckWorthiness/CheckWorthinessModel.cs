using System.IO.Compression;
using System.Security.Cryptography;
using Claimtrail.Errors;

namespace Claimtrail.CheckWorthiness;

/// <summary>
/// A logistic regression over hashed sentence features (<see cref="CheckWorthinessFeatures"/>), with the
/// decision threshold chosen when it was trained. Logistic regression because its output is a probability-like
/// score that can be stored, compared across reports and sorted on, and because scoring is one sum over a few
/// dozen weights. Saved as a gzip-compressed, versioned binary file of the non-zero weights (delta-coded
/// indices, half-precision values), so the same weights always give the same bytes.
/// </summary>
public sealed class CheckWorthinessModel : ICheckWorthinessScorer
{
    /// <summary>The name of the model shipped in this assembly.</summary>
    public const string ShippedModelResource = "Claimtrail.Models.checkworthy-logreg.bin.gz";

    private const uint Magic = 0x57435443; // "CTCW"
    private const int FormatVersion = 1;

    private static readonly Lazy<CheckWorthinessModel> ShippedInstance = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static List<int>? t_features;

    private readonly float[] _weights;

    internal CheckWorthinessModel(float[] weights, float threshold, string hash)
    {
        _weights = weights;
        Threshold = threshold;
        ModelHash = hash;
        Version = $"logreg-checkworthy/{CheckWorthinessFeatures.Version}+{hash[..12]}";
    }

    /// <summary>The model shipped in this assembly, loaded once on first use.</summary>
    public static CheckWorthinessModel Shipped => ShippedInstance.Value;

    /// <inheritdoc />
    public string Version { get; }

    /// <summary>SHA-256 of the model file, in lower-case hex.</summary>
    public string ModelHash { get; }

    /// <summary>Scores at or above this are called check-worthy (chosen for F1 when the model was trained).</summary>
    public float Threshold { get; }

    /// <inheritdoc />
    public double Score(ReadOnlySpan<char> text)
    {
        var features = t_features ??= new List<int>(256);
        CheckWorthinessFeatures.Extract(text, features);
        return Sigmoid(Margin(_weights, features));
    }

    /// <summary>True when <paramref name="score"/> is at or above the threshold.</summary>
    public bool IsCheckWorthy(double score) => score >= Threshold;

    internal static double Margin(float[] weights, List<int> features)
    {
        var sum = 0d;
        foreach (var f in features)
        {
            sum += weights[f];
        }

        return sum;
    }

    internal static double Sigmoid(double margin) => margin >= 0 ? 1 / (1 + Math.Exp(-margin)) : Math.Exp(margin) / (1 + Math.Exp(margin));

    /// <summary>A model from a file's bytes.</summary>
    /// <exception cref="InputException">The bytes are not a model this version reads.</exception>
    public static CheckWorthinessModel FromBytes(byte[] bytes, string name = "model")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            using var inflated = new MemoryStream();
            using (var gzip = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress))
            {
                gzip.CopyTo(inflated);
            }

            inflated.Position = 0;
            using var reader = new BinaryReader(inflated);
            if (reader.ReadUInt32() != Magic)
            {
                throw new InputException(name, "not a check-worthiness model");
            }

            var format = reader.ReadInt32();
            var features = reader.ReadInt32();
            var bits = reader.ReadInt32();
            if (format != FormatVersion || features != CheckWorthinessFeatures.Version || bits != CheckWorthinessFeatures.Bits)
            {
                throw new InputException(name, $"model format {format}/features {features}/bits {bits}; this program reads {FormatVersion}/{CheckWorthinessFeatures.Version}/{CheckWorthinessFeatures.Bits}");
            }

            var threshold = reader.ReadSingle();
            var count = reader.ReadInt32();
            var weights = new float[1 << bits];
            var index = -1;
            for (var k = 0; k < count; k++)
            {
                index += (int)reader.Read7BitEncodedInt64();
                if ((uint)index >= (uint)weights.Length)
                {
                    throw new InputException(name, "weight index out of range");
                }

                weights[index] = (float)reader.ReadHalf();
            }

            return new CheckWorthinessModel(weights, threshold, hash);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InputException(name, "not a readable check-worthiness model: " + ex.Message, innerException: ex);
        }
    }

    /// <summary>A model from a file.</summary>
    /// <exception cref="InputException">The file is missing, unreadable or not a model this version reads.</exception>
    public static CheckWorthinessModel FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, File.Exists(path) ? "cannot be read: " + ex.Message : "no such file", innerException: ex);
        }

        return FromBytes(bytes, path);
    }

    /// <summary>The bytes of a model with <paramref name="weights"/> and <paramref name="threshold"/>, weights under <paramref name="prune"/> dropped.</summary>
    internal static byte[] Serialize(float[] weights, float threshold, float prune)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(CheckWorthinessFeatures.Version);
            writer.Write(CheckWorthinessFeatures.Bits);
            writer.Write(threshold);
            var kept = Enumerable.Range(0, weights.Length).Where(i => Math.Abs(weights[i]) >= prune && (float)(Half)weights[i] != 0f).ToList();
            writer.Write(kept.Count);
            var last = -1;
            foreach (var i in kept)
            {
                writer.Write7BitEncodedInt64(i - last);
                writer.Write((Half)weights[i]);
                last = i;
            }
        }

        return buffer.ToArray();
    }

    private static CheckWorthinessModel LoadShipped()
    {
        using var resource = typeof(CheckWorthinessModel).Assembly.GetManifestResourceStream(ShippedModelResource)
            ?? throw new InvalidOperationException($"the shipped model {ShippedModelResource} is missing from the assembly");
        using var memory = new MemoryStream();
        resource.CopyTo(memory);
        return FromBytes(memory.ToArray(), ShippedModelResource);
    }
}
