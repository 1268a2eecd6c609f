using Claimtrail.Model;

namespace Claimtrail.Extraction;

/// <summary>
/// Reported speech inside reported speech: in "The paper reported that the minister said Y" the minister's
/// attribution lies inside the paper's content, so the paper is the link between the report and the minister.
/// Each attribution whose cue and content lie inside another's content takes the outer speaker (with the outer
/// cue) as its relay, after the outer attribution's own chain, which is nearer the report.
/// </summary>
internal static class NestedSpeech
{
    public static IReadOnlyList<Attribution> Apply(IReadOnlyList<Attribution> attributions, string text)
    {
        if (attributions.Count < 2)
        {
            return attributions;
        }

        var result = attributions.ToArray();

        // In text order, so that an outer chain is complete before an inner one, which starts later, copies it.
        var order = Enumerable.Range(0, result.Length).OrderBy(i => result[i].ContentExtent.Start).ToArray();
        foreach (var inner in order)
        {
            var a = result[inner];
            int? outer = null;
            foreach (var candidate in order)
            {
                var b = result[candidate];
                // The outer content reaches the inner speaker or cue, and the inner content follows the outer cue.
                if (candidate == inner || b.Speaker.Name.Length == 0 || b.Construction is Construction.Response or Construction.Conditional ||
                    a.ContentExtent.Start < b.CueSpan.End || a.ContentExtent.Start <= b.ContentExtent.Start ||
                    !Reaches(b, a, text))
                {
                    continue;
                }

                if (outer is null || result[outer.Value].ContentExtent.Start < b.ContentExtent.Start)
                {
                    outer = candidate; // The innermost enclosing attribution is the nearest link.
                }
            }

            if (outer is not { } o)
            {
                continue;
            }

            var b2 = result[o];
            if (SameSource(a.Speaker.Name, b2.Speaker.Name) || a.Relay.Any(r => SameSource(r.Name, b2.Speaker.Name)))
            {
                continue;
            }

            var chain = new List<RelayLink>(b2.Relay.Count + 1 + a.Relay.Count);
            chain.AddRange(b2.Relay);
            chain.Add(new RelayLink(b2.Speaker.Name, b2.Speaker.Kind, b2.CueSpan.Of(text), b2.Speaker.Span));
            chain.AddRange(a.Relay.Where(r => !chain.Any(c => SameSource(c.Name, r.Name))));
            result[inner] = a with { Relay = chain };
        }

        return result;
    }

    // The inner speaker or cue lies in the outer content, or right after it: a tagger often stops the outer
    // content where the inner attribution begins ("reported that the | mayor said …").
    private static bool Reaches(Attribution outer, Attribution inner, string text)
    {
        if (outer.Content.Any(f => f.Overlaps(inner.CueSpan) || (inner.Speaker.Span is { } s && f.Overlaps(s))))
        {
            return true;
        }

        var end = outer.ContentExtent.End;
        var next = inner.Speaker.Span is { } speaker && speaker.Start >= end ? speaker.Start : inner.CueSpan.Start;
        return next >= end && next - end <= 2 && text.AsSpan(end, next - end).IsWhiteSpace();
    }

    private static bool SameSource(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
