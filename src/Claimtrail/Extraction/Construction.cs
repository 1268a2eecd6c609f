namespace Claimtrail.Extraction;

/// <summary>The shape of reported speech an attribution was read from.</summary>
public enum Construction
{
    /// <summary>Not said (a trained tagger's attribution).</summary>
    Unspecified,

    /// <summary>"X said (that) Y", "Y, X said".</summary>
    Speech,

    /// <summary>"“Y,” X said".</summary>
    Quote,

    /// <summary>"According to X, Y".</summary>
    AccordingTo,

    /// <summary>"Y – notes X –" standing alone.</summary>
    Parenthetical,

    /// <summary>"X published videos that allegedly show Y".</summary>
    Publication,

    /// <summary>"Photos showing Y circulated on X".</summary>
    Circulation,

    /// <summary>"Videos … which suggest Y", "images published by X suggest Y".</summary>
    Evidence,

    /// <summary>"X has not commented", "X told reporters to ask Z".</summary>
    Response,

    /// <summary>"If Y is confirmed, Z".</summary>
    Conditional,
}
