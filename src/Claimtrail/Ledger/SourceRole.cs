namespace Claimtrail.Ledger;

/// <summary>What a source did with a mention.</summary>
public enum SourceRole
{
    /// <summary>It is the mention's speaker.</summary>
    States,

    /// <summary>The mention passed through it on its way to the report.</summary>
    Relays,
}
