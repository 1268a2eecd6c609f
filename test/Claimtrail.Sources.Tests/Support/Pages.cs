namespace Claimtrail.Sources.Tests.Support;

/// <summary>Small pages and feeds written for these tests.</summary>
internal static class Pages
{
    public const string Article = """
        <!doctype html>
        <html><head><title>Harbour closes | Desk Weekly</title><meta property="og:site_name" content="Desk Weekly"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Harbour closes</h1>
        <p>The port authority said on Monday that the northern harbour will close for repairs for at least three weeks, starting in March.</p>
        <p>A union spokesman claimed that dockworkers were not consulted, and residents said the ferry timetable would change again.</p>
        <p>Photos circulated on social media allegedly show cracks in the northern pier, which engineers have not confirmed.</p>
        <p>The harbour master told reporters that ships bound for the northern quays would be sent to the southern basin, where two berths were cleared last week, and that pilots had been briefed on the new approach.</p>
        <p>Shop owners on the waterfront said that the closure would cost them the busiest weeks of the spring, and the city council announced that it would discuss compensation at its next meeting on Thursday.</p>
        <script>document.write('tracking')</script></article></body></html>
        """;

    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Desk Weekly</title><link>https://example.org/</link><description>News</description>
        <item><title>Bridge closed</title><link>https://example.org/bridge</link><guid>bridge-1</guid>
          <pubDate>Sun, 01 Mar 2026 18:00:00 +0300</pubDate><dc:creator>Anna Berg</dc:creator>
          <description>&lt;p&gt;The mayor said that the old bridge is closed to traffic.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
          <enclosure url="https://example.org/bridge.jpg" length="1234" type="image/jpeg"/></item>
        <item><title>Airport open</title><link>https://example.org/airport</link><guid>airport-1</guid>
          <pubDate>Sun, 01 Mar 2026 19:00:00 GMT</pubDate>
          <description>Residents claimed that the airport is open again.</description></item>
        </channel></rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Channel Atom</title><id>urn:x</id><updated>2026-03-02T10:00:00Z</updated>
        <entry><title>Radar</title><id>urn:radar</id><link href="https://example.org/radar"/><updated>2026-03-02T10:00:00+02:00</updated>
          <author><name>Ivan Petrov</name></author>
          <content type="html">&lt;p&gt;Witnesses said that a radar was installed near the river.&lt;/p&gt;</content></entry>
        </feed>
        """;

    public const string JsonFeed = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Json Desk",
         "items": [{"id": "j1", "url": "https://example.org/j1", "title": "Convoy", "content_text": "Military bloggers claimed that a convoy was seen near the border.",
                    "date_published": "2026-03-03T08:00:00-05:00", "authors": [{"name": "Desk"}],
                    "attachments": [{"url": "https://example.org/v.mp4", "mime_type": "video/mp4", "size_in_bytes": 99}]}]}
        """;
}
