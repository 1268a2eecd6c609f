using System.Security.Cryptography;
using System.Text;

namespace Claimtrail.CheckWorthiness;

/// <summary>
/// The deterministic split of a ClaimBuster-format file into a training part and a part kept aside for tuning.
/// A whole block (<c>doc_group</c>, roughly one debate) goes to one side, so that no debate is both trained on
/// and tuned on; the side is chosen by the SHA-256 of the block name (of the id when a record has no block).
/// </summary>
public static class CheckWorthySplit
{
    /// <summary>Which part of a ClaimBuster-format file.</summary>
    public enum Part
    {
        /// <summary>Every record.</summary>
        All,

        /// <summary>The records used for training.</summary>
        Train,

        /// <summary>The records kept aside for tuning and measuring.</summary>
        Tune,
    }

    /// <summary>True when <paramref name="record"/> is kept aside for tuning: the first hash byte modulo 10 is below 3, about 30%.</summary>
    public static bool IsTune(CheckWorthyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var key = record.Group ?? record.Id;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return hash[0] % 10 < 3;
    }

    /// <summary>The records of <paramref name="records"/> in <paramref name="part"/>; CheckThat! records (ranked transcripts) are never split.</summary>
    public static IReadOnlyList<CheckWorthyRecord> Select(IReadOnlyList<CheckWorthyRecord> records, Part part)
    {
        ArgumentNullException.ThrowIfNull(records);
        return part == Part.All ? records : [.. records.Where(r => r.IsRanked || IsTune(r) == (part == Part.Tune))];
    }
}
