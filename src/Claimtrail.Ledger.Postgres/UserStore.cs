using Claimtrail.Users;
using Npgsql;

namespace Claimtrail.Ledger.Postgres;

/// <summary>Accounts and API tokens on one pooled connection. Names match case aside, as SQLite's NOCASE does.</summary>
internal sealed class UserStore(NpgsqlConnection connection, TimeProvider clock, CancellationToken cancellationToken)
{
    private const string Columns = "u.name, u.role, u.password_hash, u.created";

    public async Task<bool> AddAsync(DeskUser user)
    {
        await using var command = new NpgsqlCommand("INSERT INTO users (name, role, password_hash, created) VALUES (@name, @role, @hash, @created) ON CONFLICT DO NOTHING", connection);
        command.Parameters.AddWithValue("name", user.Name);
        command.Parameters.AddWithValue("role", PostgresValues.Name(user.Role));
        command.Parameters.AddWithValue("hash", user.PasswordHash);
        command.Parameters.AddWithValue("created", PostgresValues.Utc(LedgerTime.Stamp(user.Created)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task<DeskUser?> GetAsync(string name) =>
        ReadOneAsync("SELECT " + Columns + " FROM users u WHERE lower(u.name) = lower(@key)", name);

    public Task<DeskUser?> FindByTokenAsync(string tokenHash) =>
        ReadOneAsync("SELECT " + Columns + " FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = @key", tokenHash);

    public async Task AddTokenAsync(string userName, string tokenHash, string label)
    {
        // The token belongs to the account as stored, whatever the case the caller wrote its name in.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO api_tokens (token_hash, user_name, label, created)
            SELECT @hash, u.name, @label, @created FROM users u WHERE lower(u.name) = lower(@user)
            """,
            connection);
        command.Parameters.AddWithValue("hash", tokenHash);
        command.Parameters.AddWithValue("user", userName);
        command.Parameters.AddWithValue("label", label);
        command.Parameters.AddWithValue("created", PostgresValues.Utc(LedgerTime.Stamp(clock.GetUtcNow())));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new LedgerException($"no account named {userName}");
        }
    }

    public async Task<List<DeskUser>> ListAsync()
    {
        var users = new List<DeskUser>();
        await using var command = new NpgsqlCommand("SELECT " + Columns + " FROM users u", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(new DeskUser(reader.GetString(0), PostgresValues.ParseName<DeskRole>(reader.GetString(1)), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        // Ordered here, not by either engine's collation, so both list them alike.
        return [.. users.OrderBy(u => u.Created).ThenBy(u => u.Name, StringComparer.Ordinal)];
    }

    public async Task<List<StoredApiToken>> ListTokensAsync()
    {
        var tokens = new List<StoredApiToken>();
        await using var command = new NpgsqlCommand("SELECT token_hash, user_name, label, created FROM api_tokens", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tokens.Add(new StoredApiToken(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return [.. tokens.OrderBy(t => t.Created).ThenBy(t => t.TokenHash, StringComparer.Ordinal)];
    }

    private async Task<DeskUser?> ReadOneAsync(string sql, string key)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new DeskUser(reader.GetString(0), PostgresValues.ParseName<DeskRole>(reader.GetString(1)), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
    }
}
