namespace Claimtrail.Ledger.Postgres.Migrations;

/// <summary>The migration scripts embedded in this assembly (<c>NNNN_name.sql</c>), in version order.</summary>
internal static class MigrationSet
{
    private const string Prefix = "Claimtrail.Ledger.Postgres.Migrations.";

    /// <summary>Every migration, lowest version first.</summary>
    public static IReadOnlyList<SchemaMigration> All { get; } = SchemaMigration.LoadEmbedded(typeof(MigrationSet).Assembly, Prefix);

    /// <summary>The schema version this program writes.</summary>
    public static int Latest => All[^1].Version;
}
