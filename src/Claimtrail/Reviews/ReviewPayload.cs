using System.Text;
using System.Text.Json;
using Claimtrail.Json;
using Claimtrail.Model;

namespace Claimtrail.Reviews;

/// <summary>The audit payload of a review: canonical JSON written and read the same way by every engine.</summary>
public static class ReviewPayload
{
    /// <summary>The audit action of a review.</summary>
    public const string Action = "review";

    /// <summary>Writes the payload with a fixed property order.</summary>
    public static string Write(ClaimStatus status, ClaimStatus previous, string rationale, IReadOnlyList<string> evidence, long version)
    {
        ArgumentNullException.ThrowIfNull(rationale);
        ArgumentNullException.ThrowIfNull(evidence);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("status", Code(status));
            writer.WriteString("previous", Code(previous));
            writer.WriteString("rationale", rationale);
            writer.WriteStartArray("evidence");
            foreach (var link in evidence)
            {
                writer.WriteStringValue(link);
            }

            writer.WriteEndArray();
            writer.WriteNumber("version", version);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a review back from its audit entry.</summary>
    public static Review Read(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var json = JsonDocument.Parse(entry.Payload);
        var root = json.RootElement;
        return new Review(
            entry.Subject,
            Parse(root.GetProperty("status").GetString()),
            Parse(root.GetProperty("previous").GetString()),
            root.GetProperty("rationale").GetString() ?? string.Empty,
            [.. root.GetProperty("evidence").EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            entry.Actor,
            entry.At,
            root.GetProperty("version").GetInt64(),
            entry.Sequence);
    }

    /// <summary>
    /// The version each reviewed claim reached, by claim id, from the review entries of a log; an entry whose payload
    /// cannot be read (a tampered log is kept as it is) is passed over.
    /// </summary>
    public static IReadOnlyDictionary<string, long> LatestVersions(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!string.Equals(entry.Action, Action, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                var version = Read(entry).Version;
                versions[entry.Subject] = Math.Max(version, versions.GetValueOrDefault(entry.Subject));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // Verification reports such an entry; restoring it verbatim is all an import may do.
            }
        }

        return versions;
    }

    private static string Code(ClaimStatus status) => JsonSerializer.Serialize(status, AnalysisJson.Compact).Trim('"');

    private static ClaimStatus Parse(string? code) => JsonSerializer.Deserialize<ClaimStatus>("\"" + code + "\"", AnalysisJson.Compact);
}
