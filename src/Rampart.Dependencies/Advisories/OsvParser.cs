using System.Text.Json;

namespace Rampart.Dependencies.Advisories;

/// <summary>
/// Reads one OSV JSON document. A malformed record is refused with a one-line reason naming its
/// source; it never throws, so one bad file cannot stop an import.
/// </summary>
public static class OsvParser
{
    public static bool TryParse(string json, string source, out OsvRecord? record, out string? problem)
    {
        record = null;
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
            record = Read(document.RootElement, out var reason);
            if (record is null)
            {
                problem = $"{source}: skipped, {reason}";
            }
        }
        catch (JsonException ex)
        {
            problem = $"{source}: skipped, not valid JSON ({ex.Message})";
        }

        return record is not null;
    }

    private static OsvRecord? Read(JsonElement root, out string? reason)
    {
        reason = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            reason = "not an OSV record (the document is not an object)";
            return null;
        }

        var id = OsvJson.StringProperty(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            reason = "not an OSV record (no \"id\")";
            return null;
        }

        if (OsvJson.StringProperty(root, "modified") is null)
        {
            reason = $"{id} has no \"modified\" date";
            return null;
        }

        var affected = new List<OsvAffected>();
        foreach (var entry in OsvJson.ArrayProperty(root, "affected"))
        {
            var parsed = ReadAffected(entry);
            if (parsed is null)
            {
                reason = $"{id} has an \"affected\" entry without a package ecosystem and name";
                return null;
            }

            affected.Add(parsed);
        }

        return new OsvRecord
        {
            Id = id,
            Aliases = OsvJson.Strings(root, "aliases"),
            Summary = OsvJson.StringProperty(root, "summary"),
            Details = OsvJson.StringProperty(root, "details"),
            Modified = OsvJson.Date(root, "modified"),
            Published = OsvJson.Date(root, "published"),
            Withdrawn = OsvJson.Date(root, "withdrawn"),
            Severity = OsvJson.ArrayProperty(root, "severity")
                .Select(s => new OsvSeverity(OsvJson.StringProperty(s, "type") ?? "", OsvJson.StringProperty(s, "score") ?? ""))
                .Where(s => s.Score.Length > 0)
                .ToArray(),
            Affected = affected,
            References = OsvJson.ArrayProperty(root, "references")
                .Select(r => new OsvReference(OsvJson.StringProperty(r, "type") ?? "", OsvJson.StringProperty(r, "url") ?? ""))
                .Where(r => r.Url.Length > 0)
                .ToArray(),
            DatabaseSpecific = OsvJson.ObjectProperty(root, "database_specific"),
        };
    }

    private static OsvAffected? ReadAffected(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var package = OsvJson.ObjectProperty(entry, "package");
        var ecosystem = OsvJson.StringProperty(package, "ecosystem");
        var name = OsvJson.StringProperty(package, "name");
        if (string.IsNullOrEmpty(ecosystem) || string.IsNullOrEmpty(name))
        {
            return null;
        }

        return new OsvAffected(new OsvPackage(ecosystem, name) { Purl = OsvJson.StringProperty(package, "purl") })
        {
            Ranges = OsvJson.ArrayProperty(entry, "ranges").Select(ReadRange).ToArray(),
            Versions = OsvJson.Strings(entry, "versions"),
            DatabaseSpecific = OsvJson.ObjectProperty(entry, "database_specific"),
            EcosystemSpecific = OsvJson.ObjectProperty(entry, "ecosystem_specific"),
        };
    }

    private static OsvRange ReadRange(JsonElement range)
    {
        var events = new List<OsvEvent>();
        foreach (var item in OsvJson.ArrayProperty(range, "events"))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var property in item.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String || KindOf(property.Name) is not { } kind)
                {
                    continue;
                }

                events.Add(new OsvEvent(kind, property.Value.GetString()!));
            }
        }

        return new OsvRange(OsvJson.StringProperty(range, "type") ?? "", events);
    }

    private static OsvEventKind? KindOf(string name) => name switch
    {
        "introduced" => OsvEventKind.Introduced,
        "fixed" => OsvEventKind.Fixed,
        "last_affected" => OsvEventKind.LastAffected,
        "limit" => OsvEventKind.Limit,
        _ => null,
    };
}
