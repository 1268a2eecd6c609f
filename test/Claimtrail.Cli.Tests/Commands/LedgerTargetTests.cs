using Claimtrail.Ledger;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class LedgerTargetTests
{
    [Theory]
    [InlineData("claimtrail.db")]
    [InlineData("/var/lib/desk/ledger.db")]
    [InlineData("../ledger with spaces.db")]
    public void A_path_names_a_sqlite_file(string value)
    {
        var target = LedgerTarget.Parse(value);

        Assert.Equal(LedgerEngine.Sqlite, target.Engine);
        Assert.Equal(value, target.Display);
    }

    [Theory]
    [InlineData("Host=db.example;Database=desk;Username=ana;Password=hunter2", "postgresql://ana@db.example:5432/desk")]
    [InlineData("Host=127.0.0.1;Port=6543;Database=claims", "postgresql://127.0.0.1:6543/claims")]
    public void A_connection_string_names_a_postgres_database_and_hides_the_password(string value, string display)
    {
        var target = LedgerTarget.Parse(value);

        Assert.Equal(LedgerEngine.Postgres, target.Engine);
        Assert.Equal(value, target.Value);
        Assert.Equal(display, target.Display);
    }
}
