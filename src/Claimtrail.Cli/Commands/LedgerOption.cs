using System.CommandLine;
using Claimtrail.Ledger;

namespace Claimtrail.Cli.Commands;

/// <summary>The <c>--db</c> option the ledger commands share, and opening the ledger it names on its engine.</summary>
public static class LedgerOption
{
    /// <summary>The ledger file used when neither <c>--db</c> nor <c>CLAIMTRAIL_DB</c> is given, in the working folder.</summary>
    public const string DefaultFile = LedgerTarget.DefaultFile;

    /// <summary>A new <c>--db</c> option; read it with <see cref="ValueOf"/>, which supplies the default.</summary>
    /// <remarks>
    /// The default is not a default value of the option: help would print it, and <c>CLAIMTRAIL_DB</c> may hold a
    /// connection string with a password.
    /// </remarks>
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--db")
        {
            Description = $"The ledger: a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…\"). Default: ${LedgerTarget.EnvironmentVariable}, else {DefaultFile}.",
            HelpName = "PATH|CONNECTION",
        };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--db needs a file path or a connection string.");
            }
        });
        return option;
    }

    /// <summary>The ledger the command line names: <c>--db</c>, else <c>CLAIMTRAIL_DB</c>, else <see cref="DefaultFile"/>.</summary>
    public static string ValueOf(ParseResult parse, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(option) ?? LedgerTarget.DefaultValue();
    }

    /// <summary>How messages name the ledger <paramref name="db"/> names: a path as given, a database without its password.</summary>
    public static string Describe(string db) => LedgerTarget.Parse(db).Display;

    /// <summary>
    /// Opens the ledger <paramref name="db"/> names and checks (or brings up to date) its schema; read commands
    /// pass <paramref name="create"/> false so a mistyped path or database is an error rather than a new, empty
    /// ledger. On failure writes the reason and returns null.
    /// </summary>
    public static async Task<ILedger?> OpenAsync(CliContext context, string db, bool create, CancellationToken cancellationToken) =>
        (await OpenTargetAsync(context, db, create, cancellationToken).ConfigureAwait(false))?.Ledger;

    /// <summary>As <see cref="OpenAsync"/>, with what opening found and did (schema version, migrations applied).</summary>
    public static async Task<OpenedLedger?> OpenTargetAsync(CliContext context, string db, bool create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await LedgerFactory.OpenAsync(LedgerTarget.Parse(db), create, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
