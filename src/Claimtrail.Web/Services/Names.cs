using System.Text.Json;
using Claimtrail.Json;
using Claimtrail.Model;

namespace Claimtrail.Web.Services;

/// <summary>How enum values read on the page and in URLs.</summary>
public static class Names
{
    /// <summary>The contract spelling ("in_review", "no_comment"), used in URLs, query strings and CSS classes.</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonSerializer.Serialize(value, AnalysisJson.Compact).Trim('"');

    /// <summary>Parses a contract spelling; null when it is not one.</summary>
    public static TEnum? Parse<TEnum>(string? code)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Code(value), code, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Words for people: "in review", "no comment".</summary>
    public static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum => Code(value).Replace('_', ' ');

    /// <summary>How a report is named on a page: its title, else the file name or URL it came from.</summary>
    public static string Report(Claimtrail.Ledger.ReportSummary report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!string.IsNullOrWhiteSpace(report.Title))
        {
            return report.Title;
        }

        return report.Source.Contains("://", StringComparison.Ordinal) ? report.Source : Path.GetFileName(report.Source);
    }

    /// <summary>Stances that answer a claim rather than state it.</summary>
    public static bool IsResponse(Stance stance) => stance is Stance.NoComment or Stance.Deflects or Stance.Denies;
}
