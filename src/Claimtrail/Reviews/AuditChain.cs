using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Claimtrail.Reviews;

/// <summary>How audit entries are hashed and how a log is verified; the same for every ledger engine.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>A time as the log writes it: UTC, ISO 8601, seven fraction digits.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The hash of an entry: lower-case hex SHA-256 of the previous hash followed by the entry's content as a
    /// JSON array <c>[sequence, at, actor, action, subject, payload]</c> (a fixed shape, so the bytes are canonical).
    /// </summary>
    public static string Hash(string previousHash, long sequence, DateTimeOffset at, string actor, string action, string subject, string payload)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var content = JsonSerializer.Serialize(new object[] { sequence, Time(at), actor, action, subject, payload });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + content)));
    }

    /// <summary>The entry that follows <paramref name="head"/>, hashed.</summary>
    public static AuditEntry Next(AuditHead head, DateTimeOffset at, string actor, string action, string subject, string payload)
    {
        ArgumentNullException.ThrowIfNull(head);
        var sequence = head.Sequence + 1;
        return new AuditEntry(sequence, at, actor, action, subject, payload, head.Hash, Hash(head.Hash, sequence, at, actor, action, subject, payload));
    }

    /// <summary>
    /// Checks a log read in sequence order against its head: sequences run 1, 2, 3… without gaps; each entry's
    /// previous hash is the hash of the entry before; each hash is what the content hashes to; the last entry is the head.
    /// An edited entry fails its own hash; an inserted or deleted one breaks the sequence or the chain; a deleted tail fails the head.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entries, AuditHead head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(head);
        long count = 0;
        var previous = Genesis;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            if (entry.Sequence != count)
            {
                return new AuditVerification(count, $"expected entry {count}, found entry {entry.Sequence}: an entry was inserted or deleted", entry.Sequence);
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new AuditVerification(count, "does not chain to the entry before it: an entry was inserted, deleted or replaced", entry.Sequence);
            }

            var expected = Hash(entry.PreviousHash, entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.Payload);
            if (!string.Equals(entry.Hash, expected, StringComparison.Ordinal))
            {
                return new AuditVerification(count, "its content does not match its hash: the entry was edited", entry.Sequence);
            }

            previous = entry.Hash;
        }

        if (head.Sequence != count || !string.Equals(head.Hash, previous, StringComparison.Ordinal))
        {
            return new AuditVerification(count, $"the log ends at entry {count} but its head records entry {head.Sequence}: entries were deleted or appended outside the ledger", count);
        }

        return new AuditVerification(count, null, null);
    }
}
