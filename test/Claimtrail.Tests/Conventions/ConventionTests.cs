using System.Reflection;
using System.Text.RegularExpressions;
using Claimtrail.Model;

namespace Claimtrail.Tests.Conventions;

/// <summary>House rules checked over the source and the built core, so that they hold without review.</summary>
public sealed partial class ConventionTests
{
    private static readonly Lazy<string?> SourceRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Claimtrail.slnx")))
            {
                return Path.Combine(directory.FullName, "src");
            }
        }

        return null;
    });

    [Fact]
    public void Model_values_are_immutable_once_built()
    {
        var mutable = typeof(Report).Assembly.GetTypes()
            .Where(t => string.Equals(t.Namespace, "Claimtrail.Model", StringComparison.Ordinal) && t.IsClass)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void Concrete_core_types_are_sealed_or_static()
    {
        var open = typeof(Report).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsPublic && !t.IsAbstract && !t.IsSealed && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Theory]
    [InlineData(@"throw\s+new\s+ArgumentNullException\(", "use ArgumentNullException.ThrowIfNull")]
    [InlineData(@"throw\s+ex\s*;", "rethrow with 'throw;' to keep the stack trace")]
    [InlineData(@"#region", "no regions")]
    [InlineData(@"\.ToLower\(\)|\.ToUpper\(\)", "culture-invariant casing only")]
    [InlineData(@"Console\.(Write|WriteLine)\(", "the core writes to no console", "Claimtrail")]
    public void Source_follows_the_house_rule(string pattern, string rule, string? onlyProject = null)
    {
        if (SourceRoot.Value is not { } root)
        {
            Assert.Fail("src/ not found above the test assembly");
            return;
        }

        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => onlyProject is null || f.StartsWith(Path.Combine(root, onlyProject) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => regex.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(offenders.Count == 0, $"{rule}: {string.Join(", ", offenders)}");
    }
}
