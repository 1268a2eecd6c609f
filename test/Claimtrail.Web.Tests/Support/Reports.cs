namespace Claimtrail.Web.Tests.Support;

/// <summary>Small reports written for these tests.</summary>
public static class Reports
{
    public const string Harbour =
        "The port authority said that the northern harbour will close for repairs. " +
        "A union spokesman claimed that dockworkers were not consulted. " +
        "According to the site Coastline Monitor, the ferry terminal was flooded.";

    // Two sentences, not one joined by "and": the default extractor would stretch the first mention over the join,
    // and the claim would no longer be the one Harbour states.
    public const string Ferry =
        "Commuters were warned again. The port authority said that the northern harbour will close for repairs. " +
        "The ferry company added that timetables would change.";

    // One claim from two independent origins: port officials (told directly and relayed by the Harbor Post through a
    // citation) and the coast guard.
    public const string TankerRelayed = "According to the Harbor Post, citing port officials, the tanker left without clearance.";

    public const string TankerDirect = "Port officials said that the tanker left without clearance.";

    public const string TankerCoastGuard = "The coast guard said that the tanker left without clearance.";
}
