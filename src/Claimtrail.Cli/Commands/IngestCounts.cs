using System.Globalization;
using System.Text;

namespace Claimtrail.Cli.Commands;

/// <summary>How an ingest went, report by report: the closing summary's figures.</summary>
public sealed class IngestCounts
{
    private readonly SortedDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);

    /// <summary>Reports stored.</summary>
    public int New { get; private set; }

    /// <summary>Reports already in the ledger (or twice in this run).</summary>
    public int Duplicate { get; private set; }

    /// <summary>Inputs and records that could not be read, analysed or stored.</summary>
    public int Failed { get; private set; }

    /// <summary>Records left out on purpose (service messages, posts without text).</summary>
    public int Skipped { get; private set; }

    /// <summary>True when the run was cancelled before every input was done.</summary>
    public bool Interrupted { get; set; }

    /// <summary>Reports and records dealt with, skipped ones aside.</summary>
    public int Read => New + Duplicate + Failed;

    /// <summary>Counts a stored report.</summary>
    public void AddNew() => New++;

    /// <summary>Counts a report already stored.</summary>
    public void AddDuplicate() => Duplicate++;

    /// <summary>Counts a failure of the kind <paramref name="category"/>.</summary>
    public void AddFailure(string category)
    {
        Failed++;
        _failures[category] = _failures.GetValueOrDefault(category) + 1;
    }

    /// <summary>Counts a record skipped for <paramref name="reason"/>.</summary>
    public void AddSkipped(string reason)
    {
        Skipped++;
        _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;
    }

    /// <summary>
    /// "N read, N new, N duplicate, N failed", then the kinds of failure in brackets and the skipped records,
    /// when there are any: <c>3 failed (2 invalid date, 1 malformed record), 4 skipped (4 service message)</c>.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Read} read, {New} new, {Duplicate} duplicate, {Failed} failed");
        if (Failed > 0 && !(_failures.Count == 1 && _failures.ContainsKey(FileFailure)))
        {
            text.Append(" (").AppendJoin(", ", _failures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} {f.Key}"))).Append(')');
        }

        if (Skipped > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {Skipped} skipped (")
                .AppendJoin(", ", _skipped.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} {f.Key}")))
                .Append(')');
        }

        return text.ToString();
    }

    /// <summary>The failure kind of an article file that cannot be read: left out of the brackets, as it was before files of posts.</summary>
    public const string FileFailure = "unreadable file";
}
