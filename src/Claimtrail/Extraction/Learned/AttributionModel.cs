using System.IO.Compression;
using Claimtrail.Errors;

namespace Claimtrail.Extraction.Learned;

/// <summary>
/// The trained attribution model: a cue tagger and a source/content tagger, each a hashed weight
/// table. Saved as a gzip-compressed, versioned binary file of the non-zero weights (indices
/// delta-coded, values as half floats; <see cref="Compact"/> prunes and rounds them first), so a model
/// is a few MB and the same weights give the same bytes.
/// </summary>
internal sealed class AttributionModel
{
    /// <summary>Version of the feature templates; a model made with other templates is refused.</summary>
    public const int FeaturesVersion = 1;

    private const uint Magic = 0x50415443; // "CTAP"
    private const int FormatVersion = 1;


    public AttributionModel(WeightTable cues, WeightTable roles, CueStatistics statistics)
    {
        Cues = cues;
        Roles = roles;
        Statistics = statistics;
    }

    /// <summary>How often word forms and stems were cues in the training data.</summary>
    public CueStatistics Statistics { get; }

    /// <summary>
    /// Added to the score of beginning a cue when decoding (not in training). The perceptron learns
    /// precise but timid cue decisions on the long tail of rare cues; a bias chosen on dev data buys recall.
    /// </summary>
    public float CueBias { get; set; }

    /// <summary>Labels O, B, I over tokens.</summary>
    public WeightTable Cues { get; }

    /// <summary>Labels O, source, content over the tokens around one cue.</summary>
    public WeightTable Roles { get; }

    /// <summary>Switches both tables to their fast read-only form (see <see cref="WeightTable.Freeze"/>).</summary>
    public void Freeze()
    {
        Cues.Freeze();
        Roles.Freeze();
    }

    /// <summary>Drops weights smaller than <paramref name="threshold"/> and rounds the rest to half precision, as <see cref="Save"/> stores them.</summary>
    public void Compact(float threshold)
    {
        Cues.Compact(threshold);
        Roles.Compact(threshold);
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeaturesVersion);
        writer.Write(CueBias);
        writer.Write(Statistics.Counts.Count);
        foreach (var (key, (cue, total)) in Statistics.Counts.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(cue);
            writer.Write7BitEncodedInt(total);
        }

        Cues.Write(writer);
        Roles.Write(writer);
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Save(memory);
        return memory.ToArray();
    }

    /// <exception cref="InputException">The stream is not a model this version can read.</exception>
    public static AttributionModel Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = ModelFile.OpenReader(stream, name, Magic, "attribution", FormatVersion, FeaturesVersion);
            var bias = reader.ReadSingle();
            var entries = reader.ReadInt32();
            var counts = new Dictionary<ulong, (int Cue, int Total)>(entries);
            for (var i = 0; i < entries; i++)
            {
                var key = reader.ReadUInt64();
                counts[key] = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            }

            var cues = WeightTable.Read(reader, maxLabels: 8);
            var roles = WeightTable.Read(reader, maxLabels: 8);
            var model = new AttributionModel(cues, roles, new CueStatistics(counts)) { CueBias = bias };
            model.Freeze();
            return model;
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw new InputException(name, "is a truncated or corrupt model: " + ex.Message);
        }
    }
}
