using System.Text;
using Claimtrail.Input;

namespace Claimtrail.Tests.Input;

public sealed class SourceSnifferTests
{
    [Theory]
    [InlineData("{\n \"name\": \"Channel\",\n \"type\": \"public_channel\",\n \"id\": 1,\n \"messages\": [", DocumentFormat.Telegram)]
    [InlineData("\uFEFF{\n \"about\": \"Here is the data you requested.\",\n \"chats\": {", DocumentFormat.Telegram)]
    [InlineData("{\"name\":\"Channel\",\"type\":\"public_channel\",\"id\":1,\"messages\":[]}", DocumentFormat.Telegram)]
    [InlineData("{\"id\": 1, \"text\": \"a\"}\n{\"id\": 2, \"text\": \"b\"}\n", DocumentFormat.JsonLines)]
    [InlineData("  {\"id\": 1, \"text\": \"only one\"}", DocumentFormat.JsonLines)]
    [InlineData("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"Desk\",\n  \"items\": []\n}", DocumentFormat.Feed)]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Desk\",\"items\":[{\"id\":\"1\",\"content_text\":\"x\"}]}", DocumentFormat.Feed)]
    [InlineData("{\"id\": 1, \"text\": \"See https://jsonfeed.org/version/1.1 for the format.\"}\n", DocumentFormat.JsonLines)]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", DocumentFormat.Feed)]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", DocumentFormat.Feed)]
    [InlineData("<!doctype html><html><body><p>The mayor said.</p>", null)]
    [InlineData("The mayor said that the bridge is closed.", null)]
    [InlineData("", null)]
    public void The_kind_of_input_is_told_from_its_first_bytes(string head, DocumentFormat? expected)
    {
        Assert.Equal(expected, SourceSniffer.Detect(Encoding.UTF8.GetBytes(head)));
    }
}
