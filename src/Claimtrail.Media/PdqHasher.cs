using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>
/// The perceptual hash: PDQ's construction (Meta, 2019, "The TMK+PDQF and PDQ hashing algorithms"). The picture's
/// luminance is reduced to 64×64 by area averaging, a 2-D DCT keeps the 16×16 lowest frequencies above the DC term, and
/// each of the 256 coefficients gives one bit: above the coefficients' median or not.
/// </summary>
/// <remarks>
/// Why this one: low DCT frequencies survive resizing, recompression, colour shifts and small overlays; thresholding at the
/// median keeps the bits balanced, so unrelated pictures sit near 128 bits apart and the distance is meaningful; 256 bits
/// leave room to accept the larger changes of crops while keeping false matches rare (64-bit pHash cannot do both). PDQ's
/// one departure kept here: the Jarosz tent filter is replaced by exact area averaging, which serves the same purpose.
/// Mirrors and quarter turns need no new pixels: they only flip the signs of odd frequencies or transpose the
/// coefficients, so <see cref="Hash"/> gives all eight dihedral variants from one transform.
/// </remarks>
public static class PdqHasher
{
    /// <summary>The side of the luminance grid a hash is computed from.</summary>
    public const int GridSize = 64;

    private const int Frequencies = 16;

    private static readonly double[,] Dct = CreateDct();

    /// <summary>
    /// The eight dihedral variants' hashes of a <see cref="GridSize"/>×<see cref="GridSize"/> luminance grid (row-major):
    /// as it is, mirrored left to right, upside down, turned 180°, then the same four of the transposed picture.
    /// </summary>
    public static PerceptualHash[] Hash(ReadOnlySpan<float> luminance)
    {
        if (luminance.Length != GridSize * GridSize)
        {
            throw new ArgumentException($"a luminance grid of {GridSize}×{GridSize} is needed, not {luminance.Length} values", nameof(luminance));
        }

        // B = D · A · Dᵀ, with D the 16×64 DCT-II rows for frequencies 1..16.
        var rows = new double[Frequencies, GridSize];
        for (var i = 0; i < Frequencies; i++)
        {
            for (var x = 0; x < GridSize; x++)
            {
                double sum = 0;
                for (var y = 0; y < GridSize; y++)
                {
                    sum += Dct[i, y] * luminance[(y * GridSize) + x];
                }

                rows[i, x] = sum;
            }
        }

        var coefficients = new double[Frequencies, Frequencies];
        for (var i = 0; i < Frequencies; i++)
        {
            for (var j = 0; j < Frequencies; j++)
            {
                double sum = 0;
                for (var x = 0; x < GridSize; x++)
                {
                    sum += rows[i, x] * Dct[j, x];
                }

                coefficients[i, j] = sum;
            }
        }

        var hashes = new PerceptualHash[8];
        var variant = 0;
        foreach (var transpose in (bool[])[false, true])
        {
            foreach (var (flipX, flipY) in ((bool, bool)[])[(false, false), (true, false), (false, true), (true, true)])
            {
                hashes[variant++] = Threshold(coefficients, transpose, flipX, flipY);
            }
        }

        return hashes;
    }

    private static PerceptualHash Threshold(double[,] coefficients, bool transpose, bool flipX, bool flipY)
    {
        // Mirroring x ↦ 63 − x multiplies horizontal frequency k by (−1)^k; frequencies here are index + 1.
        var values = new double[Frequencies * Frequencies];
        for (var i = 0; i < Frequencies; i++)
        {
            for (var j = 0; j < Frequencies; j++)
            {
                var value = transpose ? coefficients[j, i] : coefficients[i, j];
                if (flipX && (j & 1) == 0)
                {
                    value = -value;
                }

                if (flipY && (i & 1) == 0)
                {
                    value = -value;
                }

                values[(i * Frequencies) + j] = value;
            }
        }

        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var median = (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        Span<bool> bits = stackalloc bool[PerceptualHash.Bits];
        for (var k = 0; k < values.Length; k++)
        {
            bits[k] = values[k] > median;
        }

        return PerceptualHash.FromBits(bits);
    }

    private static double[,] CreateDct()
    {
        var matrix = new double[Frequencies, GridSize];
        var scale = Math.Sqrt(2.0 / GridSize);
        for (var i = 0; i < Frequencies; i++)
        {
            for (var j = 0; j < GridSize; j++)
            {
                matrix[i, j] = scale * Math.Cos(Math.PI / 2 / GridSize * (i + 1) * ((2 * j) + 1));
            }
        }

        return matrix;
    }

    /// <summary>
    /// Reduces a luminance picture of any size to the <see cref="GridSize"/>² grid by area averaging (each source
    /// pixel is shared among the cells it overlaps); a picture smaller than the grid is sampled at cell centres.
    /// </summary>
    public static float[] Reduce(ReadOnlySpan<float> luminance, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (luminance.Length != width * height)
        {
            throw new ArgumentException("the picture's size does not match its pixels", nameof(luminance));
        }

        var grid = new float[GridSize * GridSize];
        if (width < GridSize || height < GridSize)
        {
            for (var y = 0; y < GridSize; y++)
            {
                var sy = Math.Min(height - 1, (int)((y + 0.5) * height / GridSize));
                for (var x = 0; x < GridSize; x++)
                {
                    grid[(y * GridSize) + x] = luminance[(sy * width) + Math.Min(width - 1, (int)((x + 0.5) * width / GridSize))];
                }
            }

            return grid;
        }

        var xs = Spans(width);
        var ys = Spans(height);
        var rowSums = new double[GridSize];
        for (var cy = 0; cy < GridSize; cy++)
        {
            Array.Clear(rowSums);
            foreach (var (sy, wy) in ys[cy])
            {
                var row = luminance.Slice(sy * width, width);
                for (var cx = 0; cx < GridSize; cx++)
                {
                    double sum = 0;
                    foreach (var (sx, wx) in xs[cx])
                    {
                        sum += row[sx] * wx;
                    }

                    rowSums[cx] += sum * wy;
                }
            }

            for (var cx = 0; cx < GridSize; cx++)
            {
                grid[(cy * GridSize) + cx] = (float)rowSums[cx];
            }
        }

        return grid;
    }

    // For each of the 64 cells along one axis: the source pixels it covers and their weights (summing to 1).
    private static List<(int Index, double Weight)>[] Spans(int length)
    {
        var spans = new List<(int, double)>[GridSize];
        var step = (double)length / GridSize;
        for (var c = 0; c < GridSize; c++)
        {
            var start = c * step;
            var end = start + step;
            var list = new List<(int, double)>();
            for (var p = (int)Math.Floor(start); p < Math.Min(length, (int)Math.Ceiling(end)); p++)
            {
                var overlap = Math.Min(end, p + 1) - Math.Max(start, p);
                if (overlap > 0)
                {
                    list.Add((p, overlap / step));
                }
            }

            spans[c] = list;
        }

        return spans;
    }
}
