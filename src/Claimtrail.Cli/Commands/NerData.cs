using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Extraction.Learned.Ner;

namespace Claimtrail.Cli.Commands;

/// <summary>Reading annotated NER files for <c>train ner</c> and <c>eval ner</c>, with each bad line reported.</summary>
internal static class NerData
{
    /// <summary>The <c>--domain</c> values; <c>auto</c> tells each document's domain from its words (<see cref="NerDomainDetector"/>).</summary>
    public static readonly string[] Domains = ["auto", "news", "social"];

    public static NerDomain? ParseDomain(string? value) => value switch
    {
        "news" => NerDomain.News,
        "social" => NerDomain.Social,
        _ => null,
    };

    /// <summary>Reads <paramref name="path"/>, writing each refused line to stderr; returns the sentences and how many lines were refused.</summary>
    public static (IReadOnlyList<NerSentence> Sentences, int Refused) Read(CliContext context, string path, NerDomain? domain, CancellationToken cancellationToken)
    {
        var (sentences, errors) = NerCorpus.Read(path, domain, cancellationToken);
        foreach (var error in errors)
        {
            context.Error.WriteLine("claimtrail: " + error.Message);
        }

        return (sentences, errors.Count);
    }

    /// <summary>As <see cref="Read"/>, but a file with any refused line is refused whole: training on part of a file would silently make another model.</summary>
    public static IReadOnlyList<NerSentence> ReadAll(CliContext context, string path, NerDomain? domain, CancellationToken cancellationToken)
    {
        var (sentences, refused) = Read(context, path, domain, cancellationToken);
        if (refused > 0)
        {
            throw new InputException(path, string.Create(CultureInfo.InvariantCulture, $"{refused} malformed line(s)"));
        }

        return sentences;
    }
}
