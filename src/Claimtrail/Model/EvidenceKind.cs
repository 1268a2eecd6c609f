namespace Claimtrail.Model;

/// <summary>The kind of material a mention says it rests on.</summary>
public enum EvidenceKind
{
    /// <summary>Evidence is cited but its form is not said.</summary>
    Unspecified,

    /// <summary>Photographs or images.</summary>
    Photo,

    /// <summary>Video footage.</summary>
    Video,

    /// <summary>Documents, records, letters, reports.</summary>
    Document,
}
