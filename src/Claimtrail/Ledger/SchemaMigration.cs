using System.Globalization;
using System.Reflection;

namespace Claimtrail.Ledger;

/// <summary>One schema step of a ledger engine: its version and the SQL that takes the schema from the version before to it.</summary>
/// <param name="Version">The schema version after this step.</param>
/// <param name="Name">The script's name, for messages.</param>
/// <param name="Sql">The statements.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql)
{
    /// <summary>
    /// The migration scripts embedded in <paramref name="assembly"/> under <paramref name="prefix"/> (<c>NNNN_name.sql</c>),
    /// in version order; every engine keeps its scripts this way.
    /// </summary>
    public static IReadOnlyList<SchemaMigration> LoadEmbedded(Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(prefix);
        var migrations = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[prefix.Length..^".sql".Length];
            var digits = name.Split('_', 2)[0];
            var version = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            migrations.Add(new SchemaMigration(version, name, Read(assembly, resource)));
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
