using Npgsql;

namespace Claimtrail.Ledger.Postgres.Tests.Support;

/// <summary>
/// A fresh, empty database on the server <c>CLAIMTRAIL_TEST_PG</c> names, created for one test and dropped
/// (with any connection still open to it) when the test ends.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "CLAIMTRAIL_TEST_PG";

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A connection string to it.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a database with a unique name.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "claimtrail_test_" + Guid.NewGuid().ToString("N");
        await AdminAsync($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name };
        return new TestDatabase(name, builder.ConnectionString);
    }

    /// <summary>Runs <paramref name="sql"/> in this database, outside any ledger.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The rows <paramref name="sql"/> returns in this database.</summary>
    public async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add([.. row.Select(v => v is DBNull ? null : v)]);
        }

        return rows;
    }

    /// <summary>A connection to this database that is not pooled.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync() => await AdminAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");

    private static string Server =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{Variable} is not set: these tests need a PostgreSQL server (.ci/run starts one and sets it).");

    private static async Task AdminAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Server) { Pooling = false };
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
