using System.Globalization;
using Claimtrail.Fingerprints;

namespace Claimtrail.Cli.Commands;

/// <summary>One line about a claim's media for the terminal: possibly recycled (with the earlier appearance) or not.</summary>
public static class RecycledText
{
    /// <summary>The line for <paramref name="media"/>.</summary>
    public static string Describe(ClaimMedia media)
    {
        ArgumentNullException.ThrowIfNull(media);
        if (media.PossiblyRecycled is not { } finding)
        {
            return $"media {media.Reference} ({media.Sha256[..12]}): first seen {Time(media.FirstSeen?.Appeared)}";
        }

        var earlier = finding.Earlier;
        var where = earlier.ReportId is { } report ? $"report {report} ({earlier.Reference})" : $"file {earlier.Reference}";
        var same = string.Equals(finding.EarlierSha256, finding.Sha256, StringComparison.Ordinal) ? "the same file" : string.Create(CultureInfo.InvariantCulture, $"a file {finding.Distance} bits away");
        return string.Create(CultureInfo.InvariantCulture, $"possibly recycled: media {media.Reference} ({media.Sha256[..12]}) appeared {finding.Before.TotalDays:0.#} days earlier as {same}: {Time(earlier.Appeared)} {where}");
    }

    private static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "-";
}
