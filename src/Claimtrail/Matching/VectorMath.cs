using System.Numerics;
using System.Runtime.InteropServices;

namespace Claimtrail.Matching;

/// <summary>Dot products over float vectors with the machine's SIMD width.</summary>
public static class VectorMath
{
    /// <summary>The dot product of <paramref name="a"/> and <paramref name="b"/>, which must be of one length.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("vectors of different lengths", nameof(b));
        }

        var width = Vector<float>.Count;
        var sum = Vector<float>.Zero;
        var i = 0;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (var v = 0; v < va.Length; v++)
        {
            sum += va[v] * vb[v];
        }

        i = va.Length * width;
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>Scales <paramref name="vector"/> in place to unit length; a zero vector stays zero.</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0f)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }
    }
}
