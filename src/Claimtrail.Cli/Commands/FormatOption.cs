using System.CommandLine;
using Claimtrail.Input;

namespace Claimtrail.Cli.Commands;

/// <summary>The <c>--format</c> option: reads every source as the named format instead of recognising it.</summary>
public static class FormatOption
{
    private static readonly Dictionary<string, DocumentFormat> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = DocumentFormat.PlainText,
        ["markdown"] = DocumentFormat.Markdown,
        ["html"] = DocumentFormat.Html,
        ["telegram"] = DocumentFormat.Telegram,
        ["jsonl"] = DocumentFormat.JsonLines,
        ["feed"] = DocumentFormat.Feed,
    };

    /// <summary>The value that reads every source as a photo or video file to fingerprint.</summary>
    public const string Media = "media";

    /// <summary>A new <c>--format</c> option.</summary>
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--format")
        {
            Description = "Read every source as this format instead of recognising it: " + string.Join(", ", Names.Keys) + ", " + Media + " (a photo or video file to fingerprint).",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong([.. Names.Keys, Media]);
        return option;
    }

    /// <summary>The format an option value names; null when none was given.</summary>
    public static DocumentFormat? Parse(string? value) => value is null || IsMedia(value) ? null : Names[value];

    /// <summary>True when the option value forces every source to be read as a photo or video.</summary>
    public static bool IsMedia(string? value) => string.Equals(value, Media, StringComparison.OrdinalIgnoreCase);
}
