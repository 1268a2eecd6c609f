using Claimtrail.Users;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>Accounts and API tokens on the ledger's connection (the caller holds the gate).</summary>
internal sealed class UserStore(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken)
{
    public async Task<bool> AddAsync(DeskUser user)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO users (name, role, password_hash, created) VALUES ($name, $role, $hash, $created) ON CONFLICT DO NOTHING";
        command.Parameters.AddWithValue("$name", user.Name);
        command.Parameters.AddWithValue("$role", SqliteValues.Name(user.Role));
        command.Parameters.AddWithValue("$hash", user.PasswordHash);
        command.Parameters.AddWithValue("$created", SqliteValues.Time(LedgerTime.Stamp(user.Created)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task<DeskUser?> GetAsync(string name) =>
        ReadOneAsync("SELECT name, role, password_hash, created FROM users WHERE name = $key", name);

    public Task<DeskUser?> FindByTokenAsync(string tokenHash) =>
        ReadOneAsync("SELECT u.name, u.role, u.password_hash, u.created FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = $key", tokenHash);

    public async Task AddTokenAsync(string userName, string tokenHash, string label)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_tokens (token_hash, user_name, label, created) VALUES ($hash, $user, $label, $created)";
        command.Parameters.AddWithValue("$hash", tokenHash);
        command.Parameters.AddWithValue("$user", userName);
        command.Parameters.AddWithValue("$label", label);
        command.Parameters.AddWithValue("$created", SqliteValues.Time(LedgerTime.Stamp(clock.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<DeskUser>> ListAsync()
    {
        var users = new List<DeskUser>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, role, password_hash, created FROM users";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(new DeskUser(reader.GetString(0), SqliteValues.ParseName<DeskRole>(reader.GetString(1)), reader.GetString(2), SqliteValues.ParseTime(reader.GetString(3))));
        }

        // Ordered here, not by either engine's collation, so both list them alike.
        return [.. users.OrderBy(u => u.Created).ThenBy(u => u.Name, StringComparer.Ordinal)];
    }

    public async Task<List<StoredApiToken>> ListTokensAsync()
    {
        var tokens = new List<StoredApiToken>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT t.token_hash, u.name, t.label, t.created FROM api_tokens t JOIN users u ON u.name = t.user_name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tokens.Add(new StoredApiToken(reader.GetString(0), reader.GetString(1), reader.GetString(2), SqliteValues.ParseTime(reader.GetString(3))));
        }

        return [.. tokens.OrderBy(t => t.Created).ThenBy(t => t.TokenHash, StringComparer.Ordinal)];
    }

    private async Task<DeskUser?> ReadOneAsync(string sql, string key)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new DeskUser(reader.GetString(0), SqliteValues.ParseName<DeskRole>(reader.GetString(1)), reader.GetString(2), SqliteValues.ParseTime(reader.GetString(3)));
    }
}
