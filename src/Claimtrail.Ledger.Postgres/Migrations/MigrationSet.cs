using System.Globalization;
using System.Reflection;

namespace Claimtrail.Ledger.Postgres.Migrations;

/// <summary>The migration scripts embedded in this assembly (<c>NNNN_name.sql</c>), in version order.</summary>
internal static class MigrationSet
{
    private const string Prefix = "Claimtrail.Ledger.Postgres.Migrations.";

    /// <summary>Every migration, lowest version first.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>The schema version this program writes.</summary>
    public static int Latest => All[^1].Version;

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationSet).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^".sql".Length];
            var digits = name.Split('_', 2)[0];
            var version = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            migrations.Add(new Migration(version, name, Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            // A gap or a repeated number means a script was lost or misnamed: better to fail every open than to skip a step.
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration scripts must be numbered 1, 2, 3…; found {migrations[i].Name} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
