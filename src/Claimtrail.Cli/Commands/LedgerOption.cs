using System.CommandLine;
using Claimtrail.Ledger;
using Claimtrail.Ledger.Sqlite;

namespace Claimtrail.Cli.Commands;

/// <summary>The <c>--db PATH</c> option the ledger commands share, and opening the ledger it names.</summary>
public static class LedgerOption
{
    /// <summary>The ledger file used when <c>--db</c> is not given, in the working folder.</summary>
    public const string DefaultFile = "claimtrail.db";

    /// <summary>A new <c>--db</c> option.</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--db")
        {
            Description = "The ledger file.",
            HelpName = "PATH",
            DefaultValueFactory = _ => DefaultFile,
        };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--db needs a file path.");
            }
        });
        return option;
    }

    /// <summary>
    /// Opens the ledger at <paramref name="path"/>; read commands pass <paramref name="create"/> false so a
    /// mistyped path is an error rather than a new, empty ledger. On failure writes the reason and returns null.
    /// </summary>
    public static async Task<ILedger?> OpenAsync(CliContext context, string path, bool create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await SqliteLedger.OpenAsync(path, new SqliteLedgerOptions { CreateIfMissing = create }, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
