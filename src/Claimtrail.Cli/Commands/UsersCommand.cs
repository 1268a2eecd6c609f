using System.CommandLine;
using System.Text;
using Claimtrail.Users;
using Claimtrail.Web.Services;

namespace Claimtrail.Cli.Commands;

/// <summary><c>claimtrail users add NAME --role ROLE</c> and <c>claimtrail users token NAME</c>: desk accounts.</summary>
public static class UsersCommand
{
    /// <summary>Builds the command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The sign-in name." };
        var role = new Option<DeskRole>("--role") { Description = "viewer, reviewer or admin.", DefaultValueFactory = _ => DeskRole.Viewer };
        role.AcceptOnlyFromAmong("viewer", "reviewer", "admin", "Viewer", "Reviewer", "Admin");
        var db = LedgerOption.Create();
        var add = new Command("add", "Create an account. The password is read from standard input (first line) when it is piped, or asked for on the terminal.")
        {
            name,
            role,
            db,
        };
        add.SetAction((parse, cancellationToken) => AddAsync(context, parse.GetValue(name)!, parse.GetValue(role), LedgerOption.ValueOf(parse, db), cancellationToken));

        var tokenName = new Argument<string>("NAME") { Description = "The account the token acts as." };
        var label = new Option<string>("--label") { Description = "What the token is for.", DefaultValueFactory = _ => "api" };
        var tokenDb = LedgerOption.Create();
        var token = new Command("token", "Create an API token for an account and print it once; only its hash is stored.")
        {
            tokenName,
            label,
            tokenDb,
        };
        token.SetAction((parse, cancellationToken) => TokenAsync(context, parse.GetValue(tokenName)!, parse.GetValue(label)!, LedgerOption.ValueOf(parse, tokenDb), cancellationToken));
        return new Command("users", "Desk accounts (viewer, reviewer, admin) and API tokens.") { add, token };
    }

    private static async Task<int> AddAsync(CliContext context, string name, DeskRole role, string db, CancellationToken cancellationToken)
    {
        var password = context.In is { } input ? await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) : Prompt(context, "Password for " + name + ": ");
        if (password is null || password.Length < Accounts.MinPasswordLength)
        {
            await context.Error.WriteLineAsync($"claimtrail: users: a password needs at least {Accounts.MinPasswordLength} characters").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        await using var ledger = await LedgerOption.OpenAsync(context, db, create: true, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        if (!await new Accounts(ledger, TimeProvider.System).AddAsync(name, role, password, cancellationToken).ConfigureAwait(false))
        {
            await context.Error.WriteLineAsync($"claimtrail: users: an account named {name} exists").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        await context.Error.WriteLineAsync($"claimtrail: users: added {name} ({role.ToString().ToLowerInvariant()})").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> TokenAsync(CliContext context, string name, string label, string db, CancellationToken cancellationToken)
    {
        await using var ledger = await LedgerOption.OpenAsync(context, db, create: false, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ExitCodes.Failed;
        }

        try
        {
            var token = await new Accounts(ledger, TimeProvider.System).CreateTokenAsync(name, label, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(token).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ArgumentException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: users: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    // Reads a line from the terminal without echoing it.
    private static string? Prompt(CliContext context, string question)
    {
        context.Error.Write(question);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                context.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
