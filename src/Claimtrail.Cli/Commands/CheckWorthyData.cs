using System.Globalization;
using Claimtrail.CheckWorthiness;
using Claimtrail.Errors;

namespace Claimtrail.Cli.Commands;

/// <summary>Reads check-worthiness files for training, where a partly unreadable file is refused.</summary>
internal static class CheckWorthyData
{
    public static IReadOnlyList<CheckWorthyRecord> ReadStrict(CliContext context, string path, CancellationToken cancellationToken)
    {
        // Training on a partly unreadable file would silently make another model: refuse it.
        var malformed = 0;
        var records = CheckWorthyReader.ReadFile(path, error =>
        {
            malformed++;
            context.Error.WriteLine("claimtrail: " + error.Message);
        }, cancellationToken);
        if (malformed > 0)
        {
            throw new InputException(path, string.Create(CultureInfo.InvariantCulture, $"{malformed} malformed line(s)"));
        }

        if (records.Count == 0)
        {
            throw new InputException(path, "holds no records");
        }

        return records;
    }
}
