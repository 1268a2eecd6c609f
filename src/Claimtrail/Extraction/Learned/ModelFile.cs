using System.IO.Compression;

namespace Claimtrail.Extraction.Learned;

/// <summary>The gzip-compressed binary files the trained taggers are saved in.</summary>
internal static class ModelFile
{
    /// <summary>A reader over the decompressed content of <paramref name="stream"/> (left open).</summary>
    /// <exception cref="InvalidDataException">The stream is not gzip data.</exception>
    public static BinaryReader OpenReader(Stream stream)
    {
        // Inflate first: a BinaryReader over a GZipStream pays a stream call per small read.
        var inflated = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            gzip.CopyTo(inflated);
        }

        inflated.Position = 0;
        return new BinaryReader(inflated);
    }
}
