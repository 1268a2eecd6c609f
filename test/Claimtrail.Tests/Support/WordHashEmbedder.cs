using Claimtrail.Matching;
using Claimtrail.Text;

namespace Claimtrail.Tests.Support;

/// <summary>
/// A deterministic stand-in for a sentence model in core tests: each lower-cased word adds one to a
/// hashed dimension, then the vector is scaled to unit length. Same words, same vector.
/// </summary>
public sealed class WordHashEmbedder : ISentenceEmbedder
{
    public int Dimensions => 64;

    public int Calls { get; private set; }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Calls++;
        return [.. texts.Select(Vector)];
    }

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var token in Tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number))
        {
            var hash = 17u;
            foreach (var c in token.In(text))
            {
                hash = (hash * 31u) + char.ToLowerInvariant(c);
            }

            vector[hash % (uint)Dimensions] += 1f;
        }

        VectorMath.Normalize(vector);
        return vector;
    }
}
