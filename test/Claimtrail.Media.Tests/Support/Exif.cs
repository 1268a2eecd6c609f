using System.Buffers.Binary;
using System.Text;

namespace Claimtrail.Media.Tests.Support;

/// <summary>Writes a small EXIF block (little-endian TIFF) into a JPEG, as a camera would: make, model, software, capture time, GPS.</summary>
internal static class Exif
{
    private const ushort Ascii = 2;
    private const ushort Long = 4;
    private const ushort Rational = 5;

    public static byte[] AddTo(byte[] jpeg, string make, string model, string software, string dateTimeOriginal, string offset, double latitude, double longitude, double errorMetres)
    {
        var exifIfd = new List<(ushort, ushort, uint, byte[])>
        {
            (0x9003, Ascii, 20, Text(dateTimeOriginal)),
            (0x9011, Ascii, 7, Text(offset)),
        };
        var gpsIfd = new List<(ushort, ushort, uint, byte[])>
        {
            (0x0001, Ascii, 2, Text(latitude >= 0 ? "N" : "S")),
            (0x0002, Rational, 3, Degrees(Math.Abs(latitude))),
            (0x0003, Ascii, 2, Text(longitude >= 0 ? "E" : "W")),
            (0x0004, Rational, 3, Degrees(Math.Abs(longitude))),
            (0x001F, Rational, 1, Rationals((uint)(errorMetres * 100), 100)),
        };

        List<(ushort, ushort, uint, byte[])> Ifd0(uint exifAt, uint gpsAt) =>
        [
            (0x010F, Ascii, (uint)make.Length + 1, Text(make)),
            (0x0110, Ascii, (uint)model.Length + 1, Text(model)),
            (0x0131, Ascii, (uint)software.Length + 1, Text(software)),
            (0x8769, Long, 1, BitConverter.GetBytes(exifAt)),
            (0x8825, Long, 1, BitConverter.GetBytes(gpsAt)),
        ];

        var size0 = Ifd(Ifd0(0, 0), 8).Length;
        var exifAt = (uint)(8 + size0);
        var exifBytes = Ifd(exifIfd, exifAt);
        var gpsAt = exifAt + (uint)exifBytes.Length;
        var tiff = new List<byte>();
        tiff.AddRange("II*\0"u8.ToArray());
        tiff.AddRange(BitConverter.GetBytes(8u));
        tiff.AddRange(Ifd(Ifd0(exifAt, gpsAt), 8));
        tiff.AddRange(exifBytes);
        tiff.AddRange(Ifd(gpsIfd, gpsAt));

        var segment = new List<byte> { 0xFF, 0xE1 };
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(2 + 6 + tiff.Count));
        segment.AddRange(length);
        segment.AddRange("Exif\0\0"u8.ToArray());
        segment.AddRange(tiff);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    private static byte[] Ifd(List<(ushort Tag, ushort Type, uint Count, byte[] Data)> entries, uint at)
    {
        var head = new List<byte>();
        var data = new List<byte>();
        var dataAt = at + 2 + (12 * (uint)entries.Count) + 4;
        head.AddRange(BitConverter.GetBytes((ushort)entries.Count));
        foreach (var (tag, type, count, value) in entries)
        {
            head.AddRange(BitConverter.GetBytes(tag));
            head.AddRange(BitConverter.GetBytes(type));
            head.AddRange(BitConverter.GetBytes(count));
            if (value.Length <= 4)
            {
                head.AddRange([.. value, .. new byte[4 - value.Length]]);
            }
            else
            {
                head.AddRange(BitConverter.GetBytes(dataAt + (uint)data.Count));
                data.AddRange(value);
                if (data.Count % 2 == 1)
                {
                    data.Add(0);
                }
            }
        }

        head.AddRange(BitConverter.GetBytes(0u));
        return [.. head, .. data];
    }

    private static byte[] Text(string value) => Encoding.ASCII.GetBytes(value + "\0");

    private static byte[] Degrees(double value)
    {
        var degrees = (uint)value;
        var minutes = (uint)((value - degrees) * 60);
        var seconds = (value - degrees - (minutes / 60.0)) * 3600;
        return [.. Rationals(degrees, 1), .. Rationals(minutes, 1), .. Rationals((uint)Math.Round(seconds * 10000), 10000)];
    }

    private static byte[] Rationals(uint numerator, uint denominator) => [.. BitConverter.GetBytes(numerator), .. BitConverter.GetBytes(denominator)];
}
