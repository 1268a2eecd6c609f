namespace Claimtrail.Model;

/// <summary>The types of named entity the analysis reports.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation, institution, company or armed force.</summary>
    Organisation,

    /// <summary>A news outlet or publication.</summary>
    Outlet,

    /// <summary>A social-media channel.</summary>
    Channel,

    /// <summary>A named place.</summary>
    Place,

    /// <summary>Military or technical equipment ("Pantsir-S1").</summary>
    Equipment,

    /// <summary>A named event.</summary>
    Event,

    /// <summary>Another name: a nationality, product, work, event or language the trained tagger finds ("MISC").</summary>
    Miscellaneous,
}
