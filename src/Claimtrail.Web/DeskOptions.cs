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

    /// <summary>
    /// The largest photo or video the ingest page takes (bytes). Kestrel refuses request bodies over 30 MB unless
    /// <c>Kestrel:Limits:MaxRequestBodySize</c> is raised too.
    /// </summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxMediaBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>The desk's public address for links in published reviews and the feed; empty: the address of each request.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>The organisation named as author of published reviews.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Publisher { get; set; } = "Claimtrail desk";

    /// <summary>
    /// An online tile server for the claim map, as a Leaflet URL template (<c>https://tile.example/{z}/{x}/{y}.png</c>);
    /// empty (the default): the map draws only the offline Natural Earth basemap and the desk contacts no other server.
    /// Its origin is added to the Content-Security-Policy's <c>img-src</c>.
    /// </summary>
    [RegularExpression(@"^https://[A-Za-z0-9.-]+(:[0-9]+)?/[^\s""'<>]*\{z\}[^\s""'<>]*$", ErrorMessage = "Desk:MapTileUrl must be an https URL template with {z}, {x} and {y}.")]
    public string? MapTileUrl { get; set; }

    /// <summary>The credit the tile server requires, shown on the map as text; required with <see cref="MapTileUrl"/>.</summary>
    [MaxLength(300)]
    public string? MapTileAttribution { get; set; }

    /// <summary>The origin of <see cref="MapTileUrl"/> (<c>https://tile.example</c>), or null when there is none.</summary>
    public string? MapTileOrigin => string.IsNullOrWhiteSpace(MapTileUrl) ? null : new Uri(MapTileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)).GetLeftPart(UriPartial.Authority);

    /// <summary>
    /// Lets "ingest from a URL" reach loopback, private and link-local addresses (an intranet, a test server). Off by
    /// default: a desk reachable by many users must not become a way into the network it runs in.
    /// </summary>
    public bool AllowPrivateFetch { get; set; }

    /// <summary>
    /// Matches each ingested report's claims against the ledger's claims (MiniLM and the match model, as
    /// <c>claimtrail ingest</c> does), so the same proposition in other words joins its claim. On by default; off, only
    /// identical wording forms one claim.
    /// </summary>
    public bool Matching { get; set; } = true;

    /// <summary>
    /// The folder of the claim index files; empty (the default): beside a SQLite ledger, and for PostgreSQL the folder
    /// <c>CLAIMTRAIL_INDEX_DIR</c> names, else the user's local application data, as for the CLI.
    /// </summary>
    public string? IndexFolder { get; set; }

    /// <summary>Claims per page in listings.</summary>
    [Range(5, 200)]
    public int PageSize { get; set; } = 25;
}
