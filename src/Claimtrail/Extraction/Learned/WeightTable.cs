namespace Claimtrail.Extraction.Learned;

/// <summary>
/// The weights of one first-order linear sequence tagger: a hashed table of per-label emission weights
/// (the labels of one bucket are adjacent, so a feature costs one cache line) and a transition matrix.
/// During training it also keeps the running sums for the averaged perceptron.
/// </summary>
internal sealed class WeightTable
{
    private float[]? _sum;
    private float[]? _transitionSum;
    private long _step = 1;
    private short[]? _quantized;
    private float _scale = 1f;

    public WeightTable(int bits, int labels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 26);
        Bits = bits;
        Labels = labels;
        Weights = new float[(1 << bits) * labels];
        Transitions = new float[(labels + 1) * labels];
    }

    /// <summary>log2 of the number of buckets.</summary>
    public int Bits { get; }

    public int Labels { get; }

    /// <summary>Emission weights, <c>bucket * Labels + label</c>.</summary>
    public float[] Weights { get; }

    /// <summary>Transition weights, <c>previous * Labels + label</c>; row <see cref="Labels"/> is the start.</summary>
    public float[] Transitions { get; }

    /// <summary>The bucket a feature hash falls in.</summary>
    public int Bucket(ulong hash) => (int)(FeatureHash.Finish(hash) >> (64 - Bits));

    /// <summary>
    /// Switches scoring to 16-bit fixed point (one scale per table): half the memory of floats, so
    /// more of the tables stay in cache, and integer sums with one multiply per label at the end.
    /// Call once training is over; later updates are not seen by <see cref="Score"/>.
    /// </summary>
    public void Freeze()
    {
        var max = 0f;
        foreach (var w in Weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        _scale = max > 0 ? max / short.MaxValue : 1f;
        var quantized = new short[Weights.Length];
        for (var i = 0; i < Weights.Length; i++)
        {
            quantized[i] = (short)Math.Round(Weights[i] / _scale);
        }

        _quantized = quantized;
    }

    /// <summary>Adds the weights of <paramref name="buckets"/> to <paramref name="scores"/> (one per label).</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        if (_quantized is { } q && Labels == 3)
        {
            int qa = 0, qb = 0, qc = 0;
            foreach (var bucket in buckets)
            {
                var o = bucket * 3;
                qa += q[o];
                qb += q[o + 1];
                qc += q[o + 2];
            }

            scores[0] += qa * _scale;
            scores[1] += qb * _scale;
            scores[2] += qc * _scale;
            return;
        }

        var labels = Labels;
        var w = Weights;
        if (labels == 3)
        {
            float a = 0, b = 0, c = 0;
            foreach (var bucket in buckets)
            {
                var o = bucket * 3;
                a += w[o];
                b += w[o + 1];
                c += w[o + 2];
            }

            scores[0] += a;
            scores[1] += b;
            scores[2] += c;
            return;
        }

        if (labels == 9)
        {
            // The entity tagger's nine labels, unrolled: one pass over the buckets with every sum in a register.
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
            foreach (var bucket in buckets)
            {
                var row = w.AsSpan(bucket * 9, 9);
                s0 += row[0];
                s1 += row[1];
                s2 += row[2];
                s3 += row[3];
                s4 += row[4];
                s5 += row[5];
                s6 += row[6];
                s7 += row[7];
                s8 += row[8];
            }

            scores[0] += s0;
            scores[1] += s1;
            scores[2] += s2;
            scores[3] += s3;
            scores[4] += s4;
            scores[5] += s5;
            scores[6] += s6;
            scores[7] += s7;
            scores[8] += s8;
            return;
        }

        foreach (var bucket in buckets)
        {
            var o = bucket * labels;
            for (var y = 0; y < labels; y++)
            {
                scores[y] += w[o + y];
            }
        }
    }

    /// <summary>Starts averaged-perceptron training on this table.</summary>
    public void BeginTraining()
    {
        _sum = new float[Weights.Length];
        _transitionSum = new float[Transitions.Length];
        _step = 1;
    }

    /// <summary>Moves on one training example (the averaging clock).</summary>
    public void Tick() => _step++;

    public void UpdateEmission(ReadOnlySpan<int> buckets, int label, float delta)
    {
        var sum = _sum ?? throw new InvalidOperationException("Call BeginTraining first.");
        var scaled = delta * _step;
        foreach (var bucket in buckets)
        {
            var i = bucket * Labels + label;
            Weights[i] += delta;
            sum[i] += scaled;
        }
    }

    public void UpdateTransition(int previous, int label, float delta)
    {
        var sum = _transitionSum ?? throw new InvalidOperationException("Call BeginTraining first.");
        var i = previous * Labels + label;
        Transitions[i] += delta;
        sum[i] += delta * _step;
    }

    /// <summary>Zeroes weights below <paramref name="threshold"/> in magnitude and rounds the others to half precision.</summary>
    public void Compact(float threshold)
    {
        for (var i = 0; i < Weights.Length; i++)
        {
            var w = Weights[i];
            Weights[i] = Math.Abs(w) < threshold ? 0f : (float)(Half)w;
        }
    }

    /// <summary>Adds <paramref name="other"/>'s weights times <paramref name="scale"/> to this table's.</summary>
    public void AddScaled(WeightTable other, float scale)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Bits != Bits || other.Labels != Labels)
        {
            throw new ArgumentException("The tables differ in shape.", nameof(other));
        }

        for (var i = 0; i < Weights.Length; i++)
        {
            Weights[i] += other.Weights[i] * scale;
        }

        for (var i = 0; i < Transitions.Length; i++)
        {
            Transitions[i] += other.Transitions[i] * scale;
        }
    }

    /// <summary>The averaged weights as a new table (the training state is left as it was).</summary>
    public WeightTable Averaged()
    {
        var sum = _sum ?? throw new InvalidOperationException("Call BeginTraining first.");
        var transitionSum = _transitionSum!;
        var result = new WeightTable(Bits, Labels);
        var step = (float)_step;
        for (var i = 0; i < Weights.Length; i++)
        {
            result.Weights[i] = Weights[i] - sum[i] / step;
        }

        for (var i = 0; i < Transitions.Length; i++)
        {
            result.Transitions[i] = Transitions[i] - transitionSum[i] / step;
        }

        return result;
    }

    /// <summary>
    /// Writes the table: shape, transitions as floats, then the non-zero emission weights (indices delta-coded,
    /// values as half floats), so the same weights give the same bytes.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Bits);
        writer.Write(Labels);
        foreach (var t in Transitions)
        {
            writer.Write(t);
        }

        var count = 0;
        foreach (var w in Weights)
        {
            if (w != 0f)
            {
                count++;
            }
        }

        writer.Write(count);
        var last = -1;
        for (var i = 0; i < Weights.Length; i++)
        {
            if (Weights[i] == 0f)
            {
                continue;
            }

            writer.Write7BitEncodedInt(i - last);
            writer.Write((Half)Weights[i]);
            last = i;
        }
    }

    /// <summary>Reads a table <see cref="Write"/> wrote; <paramref name="maxLabels"/> bounds what a damaged file can ask for.</summary>
    /// <exception cref="InvalidDataException">The data does not describe a table.</exception>
    public static WeightTable Read(BinaryReader reader, int maxLabels)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var bits = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (labels < 2 || labels > maxLabels)
        {
            throw new InvalidDataException($"{labels} labels");
        }

        if (bits is < 8 or > 26)
        {
            throw new InvalidDataException($"{bits} hash bits");
        }

        var table = new WeightTable(bits, labels);
        for (var i = 0; i < table.Transitions.Length; i++)
        {
            table.Transitions[i] = reader.ReadSingle();
        }

        var count = reader.ReadInt32();
        var index = -1;
        for (var n = 0; n < count; n++)
        {
            index += reader.Read7BitEncodedInt();
            if ((uint)index >= (uint)table.Weights.Length)
            {
                throw new InvalidDataException($"weight index {index} out of range");
            }

            table.Weights[index] = (float)reader.ReadHalf();
        }

        return table;
    }
}
