namespace Claimtrail.Fingerprints;

/// <summary>
/// A BK-tree (Burkhard and Keller, 1973) over perceptual hashes under Hamming distance: a range query visits only the
/// subtrees whose edge distance lies within the radius of the query's distance to their parent (triangle inequality),
/// and finds every stored hash within the radius, exactly.
/// </summary>
/// <typeparam name="T">What each hash stands for.</typeparam>
public sealed class BkTree<T>
{
    private Node? _root;

    /// <summary>How many hashes it holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a hash with its value; equal hashes are all kept.</summary>
    public void Add(PerceptualHash hash, T value)
    {
        Count++;
        if (_root is null)
        {
            _root = new Node(hash, value);
            return;
        }

        var node = _root;
        while (true)
        {
            var distance = node.Hash.Distance(hash);
            if (distance == 0)
            {
                (node.Same ??= []).Add(value);
                return;
            }

            node.Children ??= new Dictionary<int, Node>();
            if (!node.Children.TryGetValue(distance, out var child))
            {
                node.Children[distance] = new Node(hash, value);
                return;
            }

            node = child;
        }
    }

    /// <summary>Every stored value whose hash is at most <paramref name="radius"/> bits from <paramref name="hash"/>, with that distance, in no set order.</summary>
    public IReadOnlyList<(T Value, int Distance)> Search(PerceptualHash hash, int radius)
    {
        var found = new List<(T, int)>();
        if (_root is null)
        {
            return found;
        }

        // An explicit stack: a degenerate tree is as deep as it is large.
        var pending = new Stack<Node>();
        pending.Push(_root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var distance = node.Hash.Distance(hash);
            if (distance <= radius)
            {
                found.Add((node.Value, distance));
                if (node.Same is { } same)
                {
                    found.AddRange(same.Select(v => (v, distance)));
                }
            }

            if (node.Children is null)
            {
                continue;
            }

            foreach (var (edge, child) in node.Children)
            {
                if (edge >= distance - radius && edge <= distance + radius)
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    private sealed class Node(PerceptualHash hash, T value)
    {
        public PerceptualHash Hash { get; } = hash;

        public T Value { get; } = value;

        public List<T>? Same { get; set; }

        public Dictionary<int, Node>? Children { get; set; }
    }
}
