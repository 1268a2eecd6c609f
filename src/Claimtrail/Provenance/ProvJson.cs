using System.Globalization;
using System.Text.Json.Nodes;
using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Provenance;

/// <summary>
/// Claims' provenance as a W3C PROV-JSON document (https://www.w3.org/submission/prov-json/): entities (reports,
/// mentions, claims, the origins' statements), agents (publishers, speakers, relays), activities (publications) and
/// the relations between them.
/// </summary>
/// <remarks>
/// PROV-JSON writes the subtypes of derivation as <c>wasDerivedFrom</c> records with a <c>prov:type</c>, as PROV-N's
/// <c>wasQuotedFrom</c> and <c>hadPrimarySource</c> are derivations typed <c>prov:Quotation</c> and
/// <c>prov:PrimarySource</c>. So: each mention <c>wasDerivedFrom</c> its report; each mention is quoted
/// (<c>prov:Quotation</c>) from its origin's statement, with the agents it passed through in <c>ct:path</c>; each
/// claim has one primary source (<c>prov:PrimarySource</c>) per independent origin; reports, mentions and statements
/// are <c>wasAttributedTo</c> their publisher, speaker and origin; each report <c>wasGeneratedBy</c> its publication,
/// which <c>wasAssociatedWith</c> the publisher.
/// </remarks>
public static class ProvJson
{
    /// <summary>The namespace of Claimtrail's identifiers and attributes.</summary>
    public const string Namespace = "urn:claimtrail:";

    /// <summary>A PROV-JSON document of <paramref name="claims"/> and their provenance.</summary>
    public static JsonObject Create(IEnumerable<(ClaimSummary Claim, ClaimProvenance Provenance)> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var document = new Builder();
        foreach (var (claim, provenance) in claims)
        {
            document.Add(claim, provenance);
        }

        return document.ToJson();
    }

    private sealed class Builder
    {
        private readonly JsonObject _entities = [];
        private readonly JsonObject _agents = [];
        private readonly JsonObject _activities = [];
        private readonly JsonObject _attributions = [];
        private readonly JsonObject _derivations = [];
        private readonly JsonObject _generations = [];
        private readonly JsonObject _associations = [];
        private readonly HashSet<string> _relations = new(StringComparer.Ordinal);
        private int _next;

        public void Add(ClaimSummary claim, ClaimProvenance provenance)
        {
            var claimId = "ct:claim/" + claim.Id;
            _entities[claimId] = new JsonObject
            {
                ["prov:type"] = Qualified("ct:Claim"),
                ["prov:label"] = claim.Text,
                ["ct:status"] = Names(claim.Status),
                ["ct:originCount"] = provenance.Origins.Count,
            };
            foreach (var origin in provenance.Origins)
            {
                var agent = Agent(origin.Agent);
                var statement = $"ct:statement/{claim.Id}/{Local(origin.Agent.Id)}";
                _entities[statement] = new JsonObject
                {
                    ["prov:type"] = Qualified("ct:Statement"),
                    ["prov:label"] = $"{origin.Agent.Name}: {claim.Text}",
                    ["ct:firstSeen"] = Time(origin.FirstSeen),
                };
                Relation(_attributions, "wasAttributedTo", new JsonObject { ["prov:entity"] = statement, ["prov:agent"] = agent });
                Relation(_derivations, "wasDerivedFrom", new JsonObject
                {
                    ["prov:generatedEntity"] = claimId,
                    ["prov:usedEntity"] = statement,
                    ["prov:type"] = Qualified("prov:PrimarySource"),
                });
            }

            foreach (var appearance in provenance.Appearances)
            {
                var report = Report(appearance);
                var mention = "ct:mention/" + appearance.MentionId;
                _entities[mention] = new JsonObject { ["prov:type"] = Qualified("ct:Mention"), ["ct:claim"] = claimId };
                Relation(_derivations, "wasDerivedFrom", new JsonObject { ["prov:generatedEntity"] = mention, ["prov:usedEntity"] = report });
                var speaker = appearance.Path.LastOrDefault(h => h.Relation == ProvenanceRelation.AttributedTo);
                if (speaker is not null)
                {
                    Relation(_attributions, "wasAttributedTo", new JsonObject { ["prov:entity"] = mention, ["prov:agent"] = Agent(speaker.Agent) });
                }

                var quotation = new JsonObject
                {
                    ["prov:generatedEntity"] = mention,
                    ["prov:usedEntity"] = $"ct:statement/{claim.Id}/{Local(appearance.Origin.Id)}",
                    ["prov:type"] = Qualified("prov:Quotation"),
                };
                if (appearance.Path.Count > 0)
                {
                    quotation["ct:path"] = new JsonArray([.. appearance.Path.Select(h => (JsonNode)Agent(h.Agent))]);
                    quotation["ct:cues"] = new JsonArray([.. appearance.Path.Select(h => (JsonNode)(h.Cue ?? h.Relation.ToString()))]);
                }

                Relation(_derivations, "wasDerivedFrom", quotation);
            }
        }

        public JsonObject ToJson() => new()
        {
            ["prefix"] = new JsonObject { ["ct"] = Namespace },
            ["entity"] = _entities,
            ["agent"] = _agents,
            ["activity"] = _activities,
            ["wasGeneratedBy"] = _generations,
            ["wasAssociatedWith"] = _associations,
            ["wasAttributedTo"] = _attributions,
            ["wasDerivedFrom"] = _derivations,
        };

        private static JsonObject Qualified(string name) => new() { ["$"] = name, ["type"] = "prov:QUALIFIED_NAME" };

        private static JsonObject Time(DateTimeOffset time) => new() { ["$"] = TimeText(time), ["type"] = "xsd:dateTime" };

        private static string TimeText(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

        private static string Names(ClaimStatus status) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

        // PROV local names may not hold spaces; agent ids keep their readable key otherwise.
        private static string Local(string id) => Uri.EscapeDataString(id);

        private string Report(ClaimAppearance appearance)
        {
            var id = "ct:report/" + appearance.ReportId + (appearance.Kind == AppearanceKind.Sighting ? "/seen/" + Local(appearance.Source) : string.Empty);
            if (_entities.ContainsKey(id))
            {
                return id;
            }

            _entities[id] = new JsonObject
            {
                ["prov:type"] = Qualified(appearance.Kind == AppearanceKind.Sighting ? "ct:Sighting" : "ct:Report"),
                ["prov:location"] = appearance.Source,
            };
            if (appearance.Kind == AppearanceKind.Sighting)
            {
                // Word for word the stored report's text.
                Relation(_derivations, "wasDerivedFrom", new JsonObject
                {
                    ["prov:generatedEntity"] = id,
                    ["prov:usedEntity"] = "ct:report/" + appearance.ReportId,
                    ["prov:type"] = Qualified("prov:Quotation"),
                });
            }

            var publication = "ct:publication/" + id["ct:report/".Length..];
            _activities[publication] = new JsonObject
            {
                ["prov:startTime"] = TimeText(appearance.Time),
                ["ct:timeIsPublication"] = appearance.Published,
            };
            Relation(_generations, "wasGeneratedBy", new JsonObject { ["prov:entity"] = id, ["prov:activity"] = publication });
            if (appearance.Channel is { } channel)
            {
                var agent = Agent(channel);
                Relation(_attributions, "wasAttributedTo", new JsonObject { ["prov:entity"] = id, ["prov:agent"] = agent });
                Relation(_associations, "wasAssociatedWith", new JsonObject { ["prov:activity"] = publication, ["prov:agent"] = agent });
            }

            return id;
        }

        private string Agent(ProvenanceAgent agent)
        {
            var id = "ct:agent/" + Local(agent.Id);
            if (!_agents.ContainsKey(id))
            {
                _agents[id] = new JsonObject
                {
                    ["prov:type"] = Qualified(agent.Kind switch
                    {
                        SourceKind.Person => "prov:Person",
                        SourceKind.Institution or SourceKind.Outlet or SourceKind.Channel or SourceKind.Collective => "prov:Organization",
                        _ => "prov:Agent",
                    }),
                    ["prov:label"] = agent.Name,
                    ["ct:kind"] = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(agent.Kind.ToString()),
                };
            }

            return id;
        }

        // Relations are keyed by blank-node ids; the same relation twice (one report, two claims) is written once.
        private void Relation(JsonObject into, string kind, JsonObject relation)
        {
            if (_relations.Add(kind + relation.ToJsonString()))
            {
                into["_:" + kind + (++_next).ToString(CultureInfo.InvariantCulture)] = relation;
            }
        }
    }
}
