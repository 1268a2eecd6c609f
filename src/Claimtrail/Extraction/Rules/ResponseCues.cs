using Claimtrail.Model;

namespace Claimtrail.Extraction.Rules;

/// <summary>Phrases by which a source answers, or declines to answer, what others claim.</summary>
internal static class ResponseCues
{
    /// <summary>Where the responding source stands relative to the cue.</summary>
    public enum SourceSide
    {
        /// <summary>"The Kremlin has not commented".</summary>
        Before,

        /// <summary>"No explanations came from military leaders".</summary>
        After,
    }

    /// <summary>The cues, longest first within each stance, with the stance they carry.</summary>
    public static readonly (string Phrase, Stance Stance, SourceSide Side)[] All =
    [
        ("has not commented", Stance.NoComment, SourceSide.Before),
        ("have not commented", Stance.NoComment, SourceSide.Before),
        ("had not commented", Stance.NoComment, SourceSide.Before),
        ("did not comment", Stance.NoComment, SourceSide.Before),
        ("has not yet commented", Stance.NoComment, SourceSide.Before),
        ("declined to comment", Stance.NoComment, SourceSide.Before),
        ("declines to comment", Stance.NoComment, SourceSide.Before),
        ("refused to comment", Stance.NoComment, SourceSide.Before),
        ("would not comment", Stance.NoComment, SourceSide.Before),
        ("did not respond to a request for comment", Stance.NoComment, SourceSide.Before),
        ("did not respond to requests for comment", Stance.NoComment, SourceSide.Before),
        ("did not immediately respond", Stance.NoComment, SourceSide.Before),
        ("did not respond", Stance.NoComment, SourceSide.Before),
        ("could not be reached for comment", Stance.NoComment, SourceSide.Before),
        ("have neither denied nor confirmed", Stance.NoComment, SourceSide.Before),
        ("has neither denied nor confirmed", Stance.NoComment, SourceSide.Before),
        ("neither denied nor confirmed", Stance.NoComment, SourceSide.Before),
        ("have neither confirmed nor denied", Stance.NoComment, SourceSide.Before),
        ("has neither confirmed nor denied", Stance.NoComment, SourceSide.Before),
        ("neither confirmed nor denied", Stance.NoComment, SourceSide.Before),
        ("remained silent", Stance.NoComment, SourceSide.Before),
        ("has remained silent", Stance.NoComment, SourceSide.Before),
        ("no explanations came from", Stance.NoComment, SourceSide.After),
        ("no explanation came from", Stance.NoComment, SourceSide.After),
        ("no comment came from", Stance.NoComment, SourceSide.After),
        ("no response came from", Stance.NoComment, SourceSide.After),
        ("there was no comment from", Stance.NoComment, SourceSide.After),
        ("there was no response from", Stance.NoComment, SourceSide.After),
        ("there has been no comment from", Stance.NoComment, SourceSide.After),
        ("no reaction from", Stance.NoComment, SourceSide.After),
        ("referred questions to", Stance.Deflects, SourceSide.Before),
        ("referred inquiries to", Stance.Deflects, SourceSide.Before),
        ("referred reporters to", Stance.Deflects, SourceSide.Before),
        ("directed questions to", Stance.Deflects, SourceSide.Before),
    ];
}
