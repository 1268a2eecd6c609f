namespace Claimtrail.Cli.Tests.Support;

/// <summary>Short example articles written for these tests.</summary>
public static class Articles
{
    public const string Bridge =
        "Bridge to reopen in May\n\n" +
        "The ministry said on Monday that the river bridge would reopen in May. " +
        "Residents of the east bank claimed that the repairs were far from finished, according to a local newspaper.\n";

    public const string Harvest =
        "Harvest estimates cut\n\n" +
        "Farmers' unions warned that the wheat harvest could fall by a fifth. " +
        "The agriculture office declined to comment on the figures.\n";

    public const string Power =
        "Power cuts in the north\n\n" +
        "The grid operator told reporters that the outages were caused by a storm. " +
        "Several videos posted online allegedly show a burning substation, which could not be verified.\n";

    /// <summary>Names a street no gazetteer holds, in a city the gazetteer has.</summary>
    public const string Radar =
        "Radar on a roof\n\n" +
        "Local Telegram channels claimed that a radar had been installed on a roof in Wharf Street in Cardiff. " +
        "The city council said on Tuesday that no equipment had been placed on Wharf Street.\n";

    /// <summary>A distinct small article for bulk runs.</summary>
    public static string Numbered(int n) =>
        $"Notice {n}\n\nThe council said on day {n} that road {n} would be resurfaced next week. " +
        $"A spokesman for the drivers' association claimed that road {n} had been closed {n % 7 + 1} times this year.\n";
}
