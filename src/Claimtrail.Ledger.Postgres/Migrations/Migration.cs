namespace Claimtrail.Ledger.Postgres.Migrations;

/// <summary>One schema step: its version and the SQL that takes the schema from the version before to it.</summary>
/// <param name="Version">The schema version after this step.</param>
/// <param name="Name">The script's name, for messages.</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(int Version, string Name, string Sql);
