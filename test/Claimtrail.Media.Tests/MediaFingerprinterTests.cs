using System.Buffers.Binary;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Media.Tests.Support;
using Claimtrail.Tests.Support;
using SkiaSharp;

namespace Claimtrail.Media.Tests;

public sealed class MediaFingerprinterTests
{
    [Fact]
    public async Task A_resized_recompressed_copy_is_near_its_original_and_far_from_another_photo()
    {
        using var folder = new TempFolder();
        using var photo = TestImages.Photo(1, 800, 600);
        using var half = TestImages.Resize(photo, 0.5);
        using var other = TestImages.Photo(2, 800, 600);
        var original = await MediaFingerprinter.FingerprintAsync(folder.File("a.png", TestImages.Png(photo)), "a.png", CancellationToken.None);
        var copy = await MediaFingerprinter.FingerprintAsync(folder.File("b.jpg", TestImages.Jpeg(half, 40)), "b.jpg", CancellationToken.None);
        var unrelated = await MediaFingerprinter.FingerprintAsync(folder.File("c.jpg", TestImages.Jpeg(other)), "c.jpg", CancellationToken.None);

        Assert.Equal((MediaKind.Image, "image/png", 800, 600), (original.Record.Kind, original.Record.MimeType, original.Record.Width, original.Record.Height));
        Assert.Equal(64, original.Record.Sha256.Length);
        Assert.Equal(9, original.Record.CropHashes.Count);
        Assert.InRange(original.Record.Hash!.Value.Distance(copy.Record.Hash!.Value), 0, 20);
        Assert.InRange(original.Record.Hash!.Value.Distance(unrelated.Record.Hash!.Value), MediaSearch.DefaultThreshold + 1, PerceptualHash.Bits);
    }

    [Fact]
    public async Task A_mirrored_or_cropped_copy_is_found_by_the_search_and_another_photo_is_not()
    {
        using var folder = new TempFolder();
        using var photo = TestImages.Photo(11, 900, 600);
        using var mirrored = new SKBitmap(photo.Width, photo.Height);
        using (var canvas = new SKCanvas(mirrored))
        {
            canvas.Scale(-1, 1, photo.Width / 2f, 0);
            canvas.DrawBitmap(photo, 0, 0);
        }

        using var cropped = new SKBitmap();
        photo.ExtractSubset(cropped, new SKRectI(54, 18, 864, 558));
        var search = new MediaSearch();
        search.Add((await MediaFingerprinter.FingerprintAsync(folder.File("a.jpg", TestImages.Jpeg(photo)), "a.jpg", CancellationToken.None)).Record);
        search.Add((await MediaFingerprinter.FingerprintAsync(folder.File("z.jpg", TestImages.Jpeg(TestImages.Photo(12, 900, 600))), "z.jpg", CancellationToken.None)).Record);
        var original = await MediaFingerprinter.FingerprintAsync(folder.PathOf("a.jpg"), "a.jpg", CancellationToken.None);

        foreach (var (name, bitmap) in new[] { ("m.jpg", mirrored), ("c.jpg", cropped.Copy()) })
        {
            var copy = await MediaFingerprinter.FingerprintAsync(folder.File(name, TestImages.Jpeg(bitmap, 85)), name, CancellationToken.None);
            var match = Assert.Single(search.Find(copy.Probe));
            Assert.Equal(original.Record.Sha256, match.Sha256);
        }
    }

    [Fact]
    public async Task Metadata_says_what_the_exif_block_says_and_a_stripped_file_records_every_field_missing()
    {
        using var folder = new TempFolder();
        using var photo = TestImages.Photo(5);
        var plain = TestImages.Jpeg(photo);
        var withExif = Exif.AddTo(plain, "Apple", "iPhone 12", "Adobe Photoshop 24.1", "2022:12:05 14:03:07", "+03:00", 55.7267, -37.5856, 4.7);

        var tagged = await MediaFingerprinter.FingerprintAsync(folder.File("tagged.jpg", withExif), "tagged.jpg", CancellationToken.None);
        var stripped = await MediaFingerprinter.FingerprintAsync(folder.File("plain.jpg", plain), "plain.jpg", CancellationToken.None);

        var metadata = tagged.Record.Metadata;
        Assert.Equal("2022-12-05T14:03:07+03:00", metadata.CaptureTime);
        Assert.Equal("exif DateTimeOriginal", metadata.CaptureTimeSource);
        Assert.Equal("Apple iPhone 12", metadata.Camera);
        Assert.Equal("Adobe Photoshop 24.1", metadata.Software);
        Assert.NotNull(metadata.Gps);
        Assert.Equal(55.7267, metadata.Gps.Latitude, 4);
        Assert.Equal(-37.5856, metadata.Gps.Longitude, 4);
        Assert.Equal("±4.7 m", metadata.Gps.Precision);
        Assert.Empty(metadata.Missing);
        Assert.False(metadata.Stripped);
        Assert.Equal(tagged.Record.Hash, stripped.Record.Hash);

        Assert.Equal(MediaMetadata.Fields, stripped.Record.Metadata.Missing);
        Assert.True(stripped.Record.Metadata.Stripped);
        Assert.Null(stripped.Record.Metadata.CaptureTime);
    }

    [Fact]
    public async Task Broken_and_hostile_files_are_refused_with_the_input_and_the_reason()
    {
        using var folder = new TempFolder();
        using var photo = TestImages.Photo(9, 1200, 900);
        var jpeg = TestImages.Jpeg(photo);
        var cases = new (string Name, byte[] Bytes, string Reason)[]
        {
            ("empty.jpg", [], "empty file"),
            ("truncated.jpg", jpeg[..(jpeg.Length * 2 / 3)], "truncated image"),
            ("bomb.png", PngHeader(100_000, 100_000), "image too large: 100000×100000"),
            ("big.png", PngHeader(10_000, 9_000), "image too large to decode: 10000×9000"),
            ("text.mp4", "this is not a video"u8.ToArray(), "not a photo or video"),
            ("garbage.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8], "not a decodable image"),
        };

        foreach (var (name, bytes, reason) in cases)
        {
            var path = folder.File(name, bytes);
            var error = await Assert.ThrowsAsync<InputException>(() => MediaFingerprinter.FingerprintAsync(path, name, CancellationToken.None));
            Assert.Equal(name, error.Input);
            Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        }
    }

    // A PNG whose header claims the given size, followed by an empty image stream: a decompression bomb's calling card.
    private static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
