using Claimtrail.Evaluation;
using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction;

/// <summary>Relay chains in the default pipeline: who speaks, and through whom, nearest the report first.</summary>
public sealed class RelayChainTests
{
    [Theory]
    [InlineData("The daily Bay Chronicle, citing two harbour pilots, reported that the channel had silted up.", "the channel had silted up", "two harbour pilots", "Bay Chronicle|reported")]
    [InlineData("Citing the water board, the site Fen Notes wrote that the reservoir was half empty.", "the reservoir was half empty", "the water board", "Fen Notes|wrote")]
    [InlineData("Shop owners – writes the weekly Quay Post – claim that rents doubled in a year.", "rents doubled in a year", "Shop owners", "Quay Post|writes")]
    [InlineData("The rail operator, reports the agency Longwire, has admitted that two trains collided.", "two trains collided", "The rail operator", "Longwire|reports")]
    [InlineData("The site Fen Notes reported that the harbour master had told crews that the lock was broken.", "the lock was broken", "the harbour master", "Fen Notes|reported")]
    [InlineData("As reported by the weekly Quay Post, the port director said the cranes were idle.", "the cranes were idle", "the port director", "Quay Post|as reported by")]
    [InlineData("Nurses at the clinic, quoted by Radio Skerry, said that the ward was closed.", "the ward was closed", "Nurses at the clinic", "Radio Skerry|quoted by")]
    public void The_speaker_and_the_chain_are_read_from_the_construction(string text, string content, string speaker, string chain)
    {
        var mention = Assert.Single(Analyze.Text(text).Mentions, m => m.Content.Contains(content, StringComparison.Ordinal));

        Assert.True(SourceNameMatch.Matches(speaker, mention.Speaker.Name), mention.Speaker.Name);
        AssertChain(mention, chain.Split(" ; "));
    }

    [Fact]
    public void A_chain_through_two_relays_lists_the_one_nearest_the_report_first()
    {
        var report = Analyze.Text("Radio Skerry reported that the weekly Quay Post wrote that the harbour master said the lock was broken.");

        var mention = Assert.Single(report.Mentions, m => m.Content.Contains("the lock was broken", StringComparison.Ordinal));

        Assert.True(SourceNameMatch.Matches("the harbour master", mention.Speaker.Name), mention.Speaker.Name);
        AssertChain(mention, "Radio Skerry|reported", "Quay Post|wrote");
    }

    [Fact]
    public void An_according_to_aside_inside_reported_speech_makes_its_source_the_speaker()
    {
        var report = Analyze.Text("The weekly Quay Post wrote that, according to Radio Skerry, the ferry crew had gone on strike.");

        var mention = Assert.Single(report.Mentions, m => m.Content.Contains("the ferry crew had gone on strike", StringComparison.Ordinal));

        Assert.Equal("Radio Skerry", mention.Speaker.Name);
        AssertChain(mention, "Quay Post|wrote");
    }

    [Theory]
    [InlineData("The convoy travelled via the coast road, the army said.")]
    [InlineData("The envoy flew home via Vienna, his office said.")]
    public void A_route_after_via_is_not_a_relay(string text)
    {
        Assert.All(Analyze.Text(text).Mentions, m => Assert.Empty(m.Relay));
    }

    [Fact]
    public void Via_a_channel_handle_is_a_relay()
    {
        var mention = Assert.Single(Analyze.Text("Witnesses said the market was on fire, via @quaywatch.").Mentions);

        Assert.Equal(("@quaywatch", "via"), (Assert.Single(mention.Relay).Name, mention.Relay[0].Cue));
    }

    // Chain names keep the description the text gives ("the weekly Quay Post"): compared as the eval compares them.
    private static void AssertChain(Mention mention, params string[] links)
    {
        var found = string.Join(" ; ", mention.Relay.Select(r => r.Name + "|" + r.Cue));
        Assert.True(links.Length == mention.Relay.Count, found);
        for (var i = 0; i < links.Length; i++)
        {
            var (source, cue) = (links[i].Split('|')[0], links[i].Split('|')[1]);
            Assert.True(SourceNameMatch.Matches(source, mention.Relay[i].Name) && mention.Relay[i].Cue == cue, found);
        }
    }
}
