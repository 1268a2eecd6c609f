using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Claimtrail.Model;

namespace Claimtrail.Json;

/// <summary>The <c>claimtrail.analysis/1</c> JSON contract: one set of options used by every writer and reader.</summary>
public static class AnalysisJson
{
    /// <summary>Options for the contract: camelCase names, snake_case enum values, spans as arrays.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>The same options without indentation, for storage and JSON Lines.</summary>
    public static JsonSerializerOptions Compact { get; } = CreateOptions(indented: false);

    /// <summary>Writes <paramref name="result"/> as the versioned contract.</summary>
    public static string Serialize(AnalysisResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var envelope = new Envelope(AnalysisResult.Schema, result.Reports, result.Claims);
        return JsonSerializer.Serialize(envelope, indented ? Options : Compact);
    }

    /// <summary>Reads a document written by <see cref="Serialize"/>.</summary>
    public static AnalysisResult Deserialize(string json)
    {
        var envelope = JsonSerializer.Deserialize<Envelope>(json, Options)
            ?? throw new JsonException("Empty analysis document.");
        if (!string.Equals(envelope.Schema, AnalysisResult.Schema, StringComparison.Ordinal))
        {
            throw new JsonException($"Unsupported schema '{envelope.Schema}'; expected '{AnalysisResult.Schema}'.");
        }

        return new AnalysisResult(envelope.Reports, envelope.Claims);
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Report text is shown to people, not embedded in HTML here: keep non-ASCII readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new TextSpanJsonConverter());
        options.Converters.Add(new PerceptualHashJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record Envelope(string Schema, IReadOnlyList<Report> Reports, IReadOnlyList<Claim> Claims);
}
