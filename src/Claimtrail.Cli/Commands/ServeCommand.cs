using System.CommandLine;
using Claimtrail.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail serve [--db PATH] [--urls URLS]</c>: the web desk over the ledger.</summary>
public static class ServeCommand
{
    /// <summary>Where the desk listens unless told otherwise: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var db = LedgerOption.Create();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, as for any ASP.NET Core app (semicolon-separated).",
            HelpName = "URLS",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Start the web desk over the ledger (created when missing). Stop it with Ctrl+C.")
        {
            db,
            urls,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, LedgerOption.ValueOf(parse, db), parse.GetValue(urls)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string db, string urls, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = DeskApp.Create(["--urls", urls, "--Desk:Database", db]);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: serve: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            await ((IHost)app).RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Ledger.LedgerException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (IOException ex)
        {
            // Typically the address is already in use.
            await context.Error.WriteLineAsync("claimtrail: serve: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
