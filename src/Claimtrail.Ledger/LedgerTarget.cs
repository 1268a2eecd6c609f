using Claimtrail.Ledger.Postgres;

namespace Claimtrail.Ledger;

/// <summary>
/// Where a ledger lives, as the user wrote it: a connection string (<c>Host=…;Database=…</c>, recognised by
/// its <c>=</c>) names a PostgreSQL database; anything else is the path of a SQLite file.
/// </summary>
public sealed record LedgerTarget
{
    /// <summary>The environment variable that names the ledger when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "CLAIMTRAIL_DB";

    /// <summary>The ledger file used when neither <c>--db</c> nor <see cref="EnvironmentVariable"/> is given, in the working folder.</summary>
    public const string DefaultFile = "claimtrail.db";

    private LedgerTarget(LedgerEngine engine, string value, string display)
    {
        Engine = engine;
        Value = value;
        Display = display;
    }

    /// <summary>The engine.</summary>
    public LedgerEngine Engine { get; }

    /// <summary>The file path or connection string as given.</summary>
    public string Value { get; }

    /// <summary>How messages name it: the path, or <c>postgresql://user@host:port/database</c> without the password.</summary>
    public string Display { get; }

    /// <summary>The target <paramref name="value"/> names.</summary>
    public static LedgerTarget Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return value.Contains('=', StringComparison.Ordinal)
            ? new LedgerTarget(LedgerEngine.Postgres, value, PostgresLedger.Describe(value))
            : new LedgerTarget(LedgerEngine.Sqlite, value, value);
    }

    /// <summary>The ledger named by <see cref="EnvironmentVariable"/>, or else <see cref="DefaultFile"/>.</summary>
    public static string DefaultValue() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : DefaultFile;

    /// <inheritdoc />
    public override string ToString() => Display;
}
