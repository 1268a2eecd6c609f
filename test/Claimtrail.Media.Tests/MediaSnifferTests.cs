using Claimtrail.Fingerprints;

namespace Claimtrail.Media.Tests;

public sealed class MediaSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D }, "video/mp4")]
    [InlineData(new byte[] { 0, 0, 0, 0x14, 0x66, 0x74, 0x79, 0x70, 0x71, 0x74, 0x20, 0x20 }, "video/quicktime")]
    [InlineData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6D }, "video/webm")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49, 0x20 }, "video/x-msvideo")]
    public void Photos_and_videos_are_told_by_their_first_bytes(byte[] head, string mime)
    {
        Assert.Equal(mime, MediaSniffer.Detect(head)?.MimeType);
        Assert.Equal(mime.StartsWith("image/", StringComparison.Ordinal) ? MediaKind.Image : MediaKind.Video, MediaSniffer.Detect(head)?.Kind);
    }

    [Theory]
    [InlineData("{\"messages\": []}")]
    [InlineData("<html><body>photo.jpg</body></html>")]
    [InlineData("The photo shows a radar.")]
    [InlineData("")]
    public void Text_is_not_media_whatever_it_mentions(string text)
    {
        Assert.Null(MediaSniffer.Detect(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
