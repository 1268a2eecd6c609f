using System.ComponentModel.DataAnnotations;

namespace Claimtrail.Web;

/// <summary>The desk's settings, bound from the <c>Desk</c> configuration section and validated at start.</summary>
public sealed class DeskOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Desk";

    /// <summary>The ledger: a SQLite file, or a PostgreSQL connection string (<see cref="Claimtrail.Ledger.LedgerTarget"/>).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "claimtrail.db";

    /// <summary>The largest report a user may upload or paste, in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxReportBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The desk's public address for links in published reviews and the feed; empty: the address of each request.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>The organisation named as author of published reviews.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Publisher { get; set; } = "Claimtrail desk";

    /// <summary>Claims per page in listings.</summary>
    [Range(5, 200)]
    public int PageSize { get; set; } = 25;
}
