using System.Data.Common;
using System.Text.Json;
using Claimtrail.Fingerprints;
using Claimtrail.Json;

namespace Claimtrail.Ledger;

/// <summary>
/// How a media row reads back on every engine: the columns of <see cref="Columns"/> in that order, hashes as hex text,
/// frames, crop hashes and metadata as contract JSON text. One reader, so both engines give the same record.
/// </summary>
public static class MediaRows
{
    /// <summary>The columns <see cref="Read"/> expects, for a query on table <c>media</c> aliased <c>m</c>; JSON columns as text.</summary>
    public const string Columns = "m.sha256, m.kind, m.mime_type, m.size, m.width, m.height, m.duration, m.phash, m.mirror_phash, m.crop_phashes, m.frames, m.metadata";

    /// <summary>The columns of <see cref="Columns"/> with an empty metadata object in place of the stored one: for fingerprint-only reads.</summary>
    public const string FingerprintColumns = "m.sha256, m.kind, m.mime_type, m.size, m.width, m.height, m.duration, m.phash, m.mirror_phash, m.crop_phashes, m.frames, '{}'";

    /// <summary>Reads the record at the reader's current row.</summary>
    public static MediaRecord Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new MediaRecord(reader.GetString(0), FromJson<MediaKind>(JsonSerializer.Serialize(reader.GetString(1))), reader.GetString(2), reader.GetInt64(3))
        {
            Width = reader.IsDBNull(4) ? null : reader.GetInt32(4),
            Height = reader.IsDBNull(5) ? null : reader.GetInt32(5),
            Duration = reader.IsDBNull(6) ? null : reader.GetDouble(6),
            Hash = reader.IsDBNull(7) ? null : PerceptualHash.Parse(reader.GetString(7)),
            MirrorHash = reader.IsDBNull(8) ? null : PerceptualHash.Parse(reader.GetString(8)),
            CropHashes = FromJson<List<PerceptualHash>>(reader.GetString(9)),
            Frames = FromJson<List<MediaFrame>>(reader.GetString(10)),
            Metadata = FromJson<MediaMetadata>(reader.GetString(11)),
        };
    }

    private static T FromJson<T>(string value) =>
        JsonSerializer.Deserialize<T>(value, AnalysisJson.Compact) ?? throw new JsonException($"Null where a {typeof(T).Name} was stored.");
}
