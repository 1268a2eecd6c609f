using System.Text;
using Claimtrail.Input;
using Claimtrail.Sources.Feeds;
using Claimtrail.Sources.Tests.Support;

namespace Claimtrail.Sources.Tests.Feeds;

public sealed class FeedDocumentsTests
{
    [Fact]
    public void Rss_entries_become_documents_with_dc_creator_as_author_utc_times_and_enclosures()
    {
        var documents = Documents(Pages.Rss);

        Assert.Equal(2, documents.Count);
        var bridge = documents[0];
        Assert.Equal("The mayor said that the old bridge is closed to traffic.", bridge.Text.Trim());
        Assert.Equal(("https://example.org/bridge", "Bridge closed", "Desk Weekly"), (bridge.Source, bridge.Title, bridge.Publisher));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 15, 0, 0, TimeSpan.Zero), bridge.Published);
        Assert.Equal(TimeSpan.Zero, bridge.Published!.Value.Offset);
        Assert.Equal(("rss", "bridge-1", "Anna Berg"), (bridge.Post.Platform, bridge.Post.PostId, bridge.Post.Author));
        var photo = Assert.Single(bridge.Post.Media);
        Assert.Equal(("photo", "https://example.org/bridge.jpg", 1234L), (photo.Kind, photo.Reference, photo.Size));
        Assert.DoesNotContain("alert", bridge.Text, StringComparison.Ordinal);
        Assert.Equal("Residents claimed that the airport is open again.", documents[1].Text);
    }

    [Fact]
    public void An_atom_entry_with_only_updated_takes_it_as_its_time()
    {
        var entry = Assert.Single(Documents(Pages.Atom));

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(("atom", "Ivan Petrov", "https://example.org/radar"), (entry.Post.Platform, entry.Post.Author, entry.Source));
        Assert.Equal("Witnesses said that a radar was installed near the river.", entry.Text.Trim());
    }

    [Fact]
    public void Json_feed_items_become_documents_with_attachments()
    {
        var entry = Assert.Single(Documents(Pages.JsonFeed));

        Assert.Equal(("jsonfeed", "j1", "Desk", "Json Desk"), (entry.Post.Platform, entry.Post.PostId, entry.Post.Author, entry.Publisher));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 13, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(("video", 99L), (entry.Post.Media[0].Kind, entry.Post.Media[0].Size));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>cut")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": 3}")]
    public void A_broken_feed_is_one_rejected_item_naming_it(string body)
    {
        var item = Assert.Single(FeedDocuments.Parse("feed.xml", Encoding.UTF8.GetBytes(body)));

        var rejected = Assert.IsType<RejectedItem>(item);
        Assert.StartsWith("feed.xml: not a readable RSS, Atom or JSON feed", rejected.Error.Message, StringComparison.Ordinal);
    }

    private static List<SourceDocument> Documents(string feed) =>
        [.. FeedDocuments.Parse("feed", Encoding.UTF8.GetBytes(feed)).Select(i => Assert.IsType<DocumentItem>(i).Document)];
}
