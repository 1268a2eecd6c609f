namespace Claimtrail.Cli.Commands;

/// <summary>The exit code of an eval over a hand-written gold set: 1 when it held nothing to score or had malformed lines.</summary>
internal static class EvalExit
{
    public static int Of(CliContext context, string path, int scored, int malformed)
    {
        if (scored == 0)
        {
            context.Error.WriteLine($"claimtrail: {path}: no cases to score");
            return ExitCodes.Failed;
        }

        if (malformed > 0)
        {
            context.Error.WriteLine($"claimtrail: {path}: {malformed} malformed line(s) skipped");
            return ExitCodes.Failed;
        }

        return ExitCodes.Success;
    }
}
