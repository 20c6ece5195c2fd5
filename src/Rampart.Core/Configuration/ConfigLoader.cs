using System.Globalization;
using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning.Ignore;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Configuration;

/// <summary>
/// Reads <c>.rampart.yml</c> strictly: an unknown key or a bad value is a <see cref="ConfigException"/>
/// naming the file, line and column, never a silently ignored setting.
/// </summary>
public static partial class ConfigLoader
{
    public const string DefaultFileName = ".rampart.yml";

    private static readonly string[] TopLevelKeys = ["fail-on", "max-file-size", "exclude", "rules", "suppressions", "routes"];

    private static readonly string[] RouteKeys = ["auth", "optional-auth", "public"];
    private static readonly string[] RuleKeys = ["enabled", "severity"];
    private static readonly string[] SuppressionKeys = ["rule", "path", "reason", "expires"];

    public static RampartConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ConfigException.At(path, 0, 0, $"cannot read the configuration file ({e.Message})");
        }

        return Parse(text, path);
    }

    public static RampartConfig Parse(string yaml, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw ConfigException.At(displayPath, (int)e.Start.Line, (int)e.Start.Column, $"invalid YAML: {FirstLine(e.InnerException?.Message ?? e.Message)}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return RampartConfig.Default with { SourcePath = displayPath };
        }

        var reader = new Reader(displayPath);
        var root = reader.Mapping(stream.Documents[0].RootNode, "the configuration");
        var config = new RampartConfig { SourcePath = displayPath };
        foreach (var (keyNode, value) in root.Children)
        {
            var key = reader.Key(keyNode, TopLevelKeys);
            config = key switch
            {
                "fail-on" => config with { FailOn = reader.Severity(value) },
                "max-file-size" => config with { MaxFileSize = reader.Size(value) },
                "exclude" => config with { Exclude = reader.PatternList(value) },
                "rules" => config with { Rules = ReadRules(reader, value) },
                "routes" => config with { Routes = ReadRouteVocabulary(reader, value) },
                _ => config with { Suppressions = ReadSuppressions(reader, value) },
            };
        }

        return config;
    }

    private static List<RuleOverride> ReadRules(Reader reader, YamlNode node)
    {
        var rules = new List<RuleOverride>();
        foreach (var (idNode, settingsNode) in reader.Mapping(node, "rules").Children)
        {
            var id = reader.RuleId(idNode);
            var enabled = true;
            Severity? severity = null;
            foreach (var (keyNode, value) in reader.Mapping(settingsNode, $"rules.{id}").Children)
            {
                if (reader.Key(keyNode, RuleKeys) == "enabled")
                {
                    enabled = reader.Boolean(value);
                }
                else
                {
                    severity = reader.Severity(value);
                }
            }

            rules.Add(new RuleOverride(id, enabled, severity, (int)idNode.Start.Line));
        }

        return rules;
    }

    private static RouteVocabulary ReadRouteVocabulary(Reader reader, YamlNode node)
    {
        var vocabulary = RouteVocabulary.Empty;
        foreach (var (keyNode, value) in reader.Mapping(node, "routes").Children)
        {
            var key = reader.Key(keyNode, RouteKeys);
            var names = reader.Sequence(value, $"routes.{key}").Select(reader.Text).ToList();
            vocabulary = key switch
            {
                "auth" => vocabulary with { Auth = names },
                "optional-auth" => vocabulary with { OptionalAuth = names },
                _ => vocabulary with { Public = names },
            };
        }

        return vocabulary;
    }

    private static List<Suppression> ReadSuppressions(Reader reader, YamlNode node)
    {
        var suppressions = new List<Suppression>();
        foreach (var item in reader.Sequence(node, "suppressions"))
        {
            RuleId? rule = null;
            PathPattern? path = null;
            string? reason = null;
            DateOnly? expires = null;
            foreach (var (keyNode, value) in reader.Mapping(item, "a suppression").Children)
            {
                switch (reader.Key(keyNode, SuppressionKeys))
                {
                    case "rule": rule = reader.RuleId(value); break;
                    case "path": path = reader.Pattern(value); break;
                    case "reason": reason = reader.Text(value); break;
                    default: expires = reader.Date(value); break;
                }
            }

            if (rule is null || string.IsNullOrWhiteSpace(reason))
            {
                throw reader.Error(item, "a suppression needs 'rule' and a non-empty 'reason'");
            }

            suppressions.Add(new Suppression(rule.Value, path ?? PathPattern.Everything, reason, expires, (int)item.Start.Line));
        }

        return suppressions;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    [GeneratedRegex(@"^\s*(\d+)\s*(B|KB|KiB|MB|MiB|GB|GiB)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();

    /// <summary>Typed reads of YAML nodes that fail with the node's position.</summary>
    private sealed class Reader(string file)
    {
        public ConfigException Error(YamlNode node, string problem) =>
            ConfigException.At(file, (int)node.Start.Line, (int)node.Start.Column, problem);

        public YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping of keys to values");

        public IEnumerable<YamlNode> Sequence(YamlNode node, string what) =>
            node as YamlSequenceNode ?? throw Error(node, $"'{what}' must be a list");

        public string Text(YamlNode node) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error(node, "expected a single value, not a list or mapping");

        public string Key(YamlNode node, string[] allowed)
        {
            var key = Text(node);
            return allowed.Contains(key, StringComparer.Ordinal)
                ? key
                : throw Error(node, $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
        }

        public Severity Severity(YamlNode node)
        {
            var text = Text(node);
            return SeverityNames.TryParseSeverity(text, out var severity)
                ? severity
                : throw Error(node, $"'{text}' is not a severity (expected one of: {SeverityNames.AllSeverityNames})");
        }

        public RuleId RuleId(YamlNode node)
        {
            var text = Text(node);
            return Findings.RuleId.TryParse(text, out var id) ? id : throw Error(node, $"'{text}' is not a rule id (like RMP-S001)");
        }

        public bool Boolean(YamlNode node)
        {
            var text = Text(node);
            return bool.TryParse(text, out var value) ? value : throw Error(node, $"'{text}' is not true or false");
        }

        public DateOnly Date(YamlNode node)
        {
            var text = Text(node);
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error(node, $"'{text}' is not a date (expected YYYY-MM-DD)");
        }

        public long Size(YamlNode node)
        {
            var text = Text(node);
            var match = SizePattern().Match(text);
            if (!match.Success || !long.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                throw Error(node, $"'{text}' is not a size (expected bytes or a number with KiB, MiB or GiB)");
            }

            var multiplier = match.Groups[2].Value.ToUpperInvariant() switch
            {
                "KB" or "KIB" => 1024L,
                "MB" or "MIB" => 1024L * 1024,
                "GB" or "GIB" => 1024L * 1024 * 1024,
                _ => 1L,
            };
            return number * multiplier;
        }

        public PathPattern Pattern(YamlNode node)
        {
            var text = Text(node);
            return PathPattern.TryParse(text, out var pattern)
                ? pattern!
                : throw Error(node, $"'{text}' is not a usable path pattern (gitignore syntax, no '!')");
        }

        public List<string> PatternList(YamlNode node) => [.. Sequence(node, "exclude").Select(item => Pattern(item).Text)];
    }
}
