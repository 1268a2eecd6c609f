using System.Collections.Frozen;
using Claimtrail.Model;

namespace Claimtrail.Evaluation;

/// <summary>The stance names of the <c>claimtrail.analysis/1</c> contract ("no_comment"), in the order of <see cref="Stance"/>.</summary>
public static class StanceNames
{
    private static readonly FrozenDictionary<string, Stance> ByName = Enum.GetValues<Stance>().ToFrozenDictionary(Name, s => s, StringComparer.Ordinal);

    /// <summary>Every stance, in declaration order.</summary>
    public static IReadOnlyList<Stance> All { get; } = Enum.GetValues<Stance>();

    /// <summary>The contract name of <paramref name="stance"/>.</summary>
    public static string Name(Stance stance) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(stance.ToString());

    /// <summary>The stance named <paramref name="name"/>, or null.</summary>
    public static Stance? Parse(string name) => ByName.TryGetValue(name, out var stance) ? stance : null;
}
