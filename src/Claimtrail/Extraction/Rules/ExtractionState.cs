using Claimtrail.Model;

namespace Claimtrail.Extraction.Rules;

/// <summary>What the rules carry from one sentence to the next: the last speakers, for pronouns and "the channel".</summary>
internal sealed class ExtractionState(TokenWindow w, SpeakerResolver speakers, IReadOnlyList<EntityMention> entities)
{
    public TokenWindow W { get; } = w;

    public SpeakerResolver Speakers { get; } = speakers;

    public IReadOnlyList<EntityMention> Entities { get; } = entities;

    public List<Attribution> Result { get; } = [];

    public Speaker? LastPerson { get; set; }

    public Speaker? LastSpeaker { get; set; }
}
