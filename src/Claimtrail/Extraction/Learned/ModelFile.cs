using System.IO.Compression;
using Claimtrail.Errors;

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

    /// <summary>
    /// As <see cref="OpenReader(Stream)"/>, after checking the header every model file starts with: its magic number,
    /// then the file format and features versions this program reads.
    /// </summary>
    /// <exception cref="InputException">The header is another kind of file's, or another version's.</exception>
    public static BinaryReader OpenReader(Stream stream, string name, uint magic, string kind, int formatVersion, int featuresVersion)
    {
        var reader = OpenReader(stream);
        try
        {
            if (reader.ReadUInt32() != magic)
            {
                throw new InputException(name, $"is not a Claimtrail {kind} model");
            }

            var format = reader.ReadInt32();
            var features = reader.ReadInt32();
            if (format != formatVersion || features != featuresVersion)
            {
                throw new InputException(name, $"model format {format}/features {features}; this program reads {formatVersion}/{featuresVersion}");
            }

            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }
}
