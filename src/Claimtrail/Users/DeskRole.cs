namespace Claimtrail.Users;

/// <summary>What a desk account may do; each role may do everything the ones before it may.</summary>
public enum DeskRole
{
    /// <summary>Reads claims, sources and reviews.</summary>
    Viewer,

    /// <summary>Also ingests reports and reviews claims.</summary>
    Reviewer,

    /// <summary>Also manages accounts.</summary>
    Admin,
}
