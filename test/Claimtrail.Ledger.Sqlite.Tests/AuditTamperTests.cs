using Claimtrail.Ledger.Testing.Support;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite.Tests;

/// <summary>Someone with the file edits the audit log behind the ledger's back: verification says where.</summary>
public sealed class AuditTamperTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.PathOf("ledger.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_untouched_log_is_intact()
    {
        await ReviewThreeTimesAsync();

        var verdict = await VerifyAsync();

        Assert.True(verdict.Intact, verdict.Problem);
        Assert.Equal(3, verdict.Entries);
    }

    [Theory]
    [InlineData("payload", "replace(payload, 'false', 'confirmed')")]
    [InlineData("actor", "'mallory'")]
    [InlineData("at", "'2020-01-01T00:00:00.0000000Z'")]
    [InlineData("subject", "'c-ffffffffffffffff'")]
    public async Task An_edited_entry_is_detected(string column, string value)
    {
        await ReviewThreeTimesAsync();

        Execute($"UPDATE audit_log SET {column} = {value} WHERE seq = 2");
        var verdict = await VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Equal(2, verdict.Sequence);
        Assert.Contains("edited", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_inserted_in_the_middle_with_a_valid_hash_is_detected()
    {
        await ReviewThreeTimesAsync();
        var first = ReadHash(1);

        // Make room after entry 1 and forge an entry that chains to it correctly.
        Execute("UPDATE audit_log SET seq = seq + 100 WHERE seq >= 2");
        Execute("UPDATE audit_log SET seq = seq - 99 WHERE seq >= 100");
        var at = new DateTimeOffset(2026, 3, 2, 9, 31, 0, TimeSpan.Zero);
        var hash = AuditChain.Hash(first, 2, at, "mallory", "review", "c-x", "{}");
        Execute($"INSERT INTO audit_log VALUES (2, '{AuditChain.Time(at)}', 'mallory', 'review', 'c-x', '{{}}', '{first}', '{hash}')");
        var verdict = await VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Equal(3, verdict.Sequence);
        Assert.Contains("does not chain", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_appended_outside_the_ledger_is_detected()
    {
        await ReviewThreeTimesAsync();
        var last = ReadHash(3);
        var at = new DateTimeOffset(2026, 3, 2, 9, 40, 0, TimeSpan.Zero);
        var hash = AuditChain.Hash(last, 4, at, "mallory", "review", "c-x", "{}");

        Execute($"INSERT INTO audit_log VALUES (4, '{AuditChain.Time(at)}', 'mallory', 'review', 'c-x', '{{}}', '{last}', '{hash}')");
        var verdict = await VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Contains("head records entry 3", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_entry_is_detected()
    {
        await ReviewThreeTimesAsync();

        Execute("DELETE FROM audit_log WHERE seq = 2");
        var verdict = await VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Equal(3, verdict.Sequence);
        Assert.Contains("inserted or deleted", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_last_entry_is_detected_by_the_head()
    {
        await ReviewThreeTimesAsync();

        Execute("DELETE FROM audit_log WHERE seq = 3");
        var verdict = await VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Contains("head records entry 3", verdict.Problem, StringComparison.Ordinal);
    }

    private async Task ReviewThreeTimesAsync()
    {
        var report = Some.Report("The port authority said that the northern harbour will close for repairs.", (id, t) =>
            [Some.Mention(id, t, "The port authority", "said", "the northern harbour will close for repairs")]);
        var claim = Some.ClaimsOf(report)[0];
        await using var ledger = await SqliteLedger.OpenAsync(DbPath);
        await ledger.StoreAsync(report, [claim]);
        var steps = new[] { ClaimStatus.InReview, ClaimStatus.False, ClaimStatus.Unprovable };
        for (var i = 0; i < steps.Length; i++)
        {
            var result = await ledger.ReviewAsync(new ReviewRequest(claim.Id, steps[i], "step " + i, [], "ana", i));
            Assert.Equal(ReviewOutcome.Applied, result.Outcome);
        }
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var ledger = await SqliteLedger.OpenAsync(DbPath, new SqliteLedgerOptions { CreateIfMissing = false });
        return await AuditChain.VerifyAsync(ledger.ReadAuditLogAsync(), await ledger.GetAuditHeadAsync());
    }

    private string ReadHash(long sequence)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM audit_log WHERE seq = $seq";
        command.Parameters.AddWithValue("$seq", sequence);
        return (string)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
