using System.Text;
using Claimtrail.Model;
using Claimtrail.Pipeline;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Groups mentions whose content says the same words (case, punctuation and quotes aside) into one claim.
/// Responses that only decline or deflect ("has not commented on the rumours") state no proposition of their
/// own: they are recorded against the claim whose content they repeat, or else against the claims their report
/// stated before them. Semantic matching across wordings is the claim-matching stage's work.
/// </summary>
public sealed class ExactClaimClusterer : IClaimClusterer
{
    /// <inheritdoc />
    public IReadOnlyList<Claim> Cluster(IReadOnlyList<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var order = new List<string>();
        var claims = new Dictionary<string, (string Text, List<string> Mentions)>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var stated = new List<string>();
            var responses = new List<Mention>();
            foreach (var mention in report.Mentions)
            {
                if (IsResponse(mention))
                {
                    responses.Add(mention);
                    continue;
                }

                var key = Key(mention.Content);
                if (key.Length == 0)
                {
                    continue;
                }

                var id = ContentId.ForClaim(key);
                if (!claims.TryGetValue(id, out var claim))
                {
                    claim = (ClaimText(mention.Content), []);
                    claims[id] = claim;
                    order.Add(id);
                }

                claim.Mentions.Add(mention.Id);
                stated.Add(id);
            }

            foreach (var response in responses)
            {
                var id = ContentId.ForClaim(Key(response.Content));
                if (claims.TryGetValue(id, out var same))
                {
                    same.Mentions.Add(response.Id);
                    continue;
                }

                foreach (var earlier in report.Mentions.TakeWhile(m => m.Span.Start < response.CueSpan.Start).Where(m => !IsResponse(m)))
                {
                    var target = ContentId.ForClaim(Key(earlier.Content));
                    if (claims.TryGetValue(target, out var claim) && !claim.Mentions.Contains(response.Id))
                    {
                        claim.Mentions.Add(response.Id);
                    }
                }
            }
        }

        return [.. order.Select(id => new Claim(id, claims[id].Text, claims[id].Mentions))];
    }

    /// <summary>True for mentions that decline or deflect rather than state a proposition.</summary>
    public static bool IsResponse(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Stance is Stance.NoComment or Stance.Deflects;
    }

    /// <summary>A mention's content as a claim's text: without the "that" of reported speech.</summary>
    public static string ClaimText(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.StartsWith("that ", StringComparison.OrdinalIgnoreCase) ? content[5..] : content;
    }

    /// <summary>The matching key of a content: lower case, letters and digits, single spaces, no leading "that".</summary>
    public static string Key(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var builder = new StringBuilder(content.Length);
        var space = false;
        foreach (var c in content)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not '\'' and not '\u2019')
            {
                space = true;
            }
        }

        var key = builder.ToString();
        return key.StartsWith("that ", StringComparison.Ordinal) ? key[5..] : key;
    }
}
