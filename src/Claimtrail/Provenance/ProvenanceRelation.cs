namespace Claimtrail.Provenance;

/// <summary>How one step of a claim's path to its origin was taken.</summary>
public enum ProvenanceRelation
{
    /// <summary>A report was published by a channel or outlet (report → agent).</summary>
    PublishedBy,

    /// <summary>A post was forwarded from a channel (report → agent).</summary>
    ForwardedFrom,

    /// <summary>A source passed on what another said ("quoted from", "citing", "notes"; agent → agent).</summary>
    QuotedFrom,

    /// <summary>The content is attributed to a speaker ("says", "according to"; the end of the path).</summary>
    AttributedTo,
}
