namespace Claimtrail.Model;

/// <summary>What kind of actor states or relays a claim.</summary>
public enum SourceKind
{
    /// <summary>Nothing in the text says what the actor is.</summary>
    Unknown,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>A government body, ministry, company, armed force or other organisation.</summary>
    Institution,

    /// <summary>A news outlet, publication, agency or site.</summary>
    Outlet,

    /// <summary>A social-media channel or account (Telegram, X, blogs).</summary>
    Channel,

    /// <summary>A group spoken of as one voice: "military experts", "Russian Telegram channels".</summary>
    Collective,
}
