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
        command.Parameters.AddWithValue("created", PostgresValues.Utc(user.Created));
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
