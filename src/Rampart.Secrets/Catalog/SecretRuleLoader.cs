using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Rampart.Secrets.Catalog;

/// <summary>
/// Loads the embedded rule files. A rule that does not load (bad regex, unknown field, bad
/// severity) is a build-breaking bug, so it throws with the file and rule named.
/// </summary>
internal static class SecretRuleLoader
{
    private const string ResourcePrefix = "secret-rules/";
    private const int SecretCwe = 798;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public static IReadOnlyList<SecretRule> LoadEmbedded()
    {
        var assembly = typeof(SecretRuleLoader).Assembly;
        var rules = new List<SecretRule>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            rules.AddRange(Load(reader.ReadToEnd(), name[ResourcePrefix.Length..]));
        }

        return rules;
    }

    public static IEnumerable<SecretRule> Load(string yaml, string fileName)
    {
        SecretRuleFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build().Deserialize<SecretRuleFile>(yaml) ?? new SecretRuleFile();
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{fileName}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }

        return file.Rules.Select(data => Compile(data, fileName));
    }

    private static SecretRule Compile(SecretRuleData data, string fileName)
    {
        string Where() => $"{fileName}: rule {data.Id}";
        if (!RuleId.TryParse(data.Id, out var id) || id.Family != DetectorFamily.Secrets)
        {
            throw new InvalidDataException($"{Where()}: not a secrets rule id");
        }

        if (!SeverityNames.TryParseSeverity(data.Severity, out var severity) || !Enum.TryParse<Confidence>(data.Confidence, true, out var confidence))
        {
            throw new InvalidDataException($"{Where()}: bad severity '{data.Severity}' or confidence '{data.Confidence}'");
        }

        if (data.Keywords.Count == 0 || data.Keywords.Any(k => k.Length == 0 || k != k.ToLowerInvariant()))
        {
            throw new InvalidDataException($"{Where()}: keywords must be non-empty lower-case strings");
        }

        var rule = new Rule
        {
            Id = id,
            Name = data.Name,
            Title = data.Title,
            Category = FindingCategory.Secret,
            DefaultSeverity = severity,
            DefaultConfidence = confidence,
            Description = data.Description ?? $"A {data.Title} ({data.Provider}) is written in the repository. Anyone who can read the code or its history can use it until it is revoked.",
            Remediation = data.Remediation,
            Cwe = [SecretCwe],
        };
        return new SecretRule
        {
            Rule = rule,
            Provider = data.Provider,
            Kind = data.Kind,
            Pattern = Compile(data.Regex, Where()),
            SecretGroup = data.SecretGroup,
            Keywords = data.Keywords,
            MinEntropy = data.Entropy,
            Context = data.Context is null ? null : Compile(data.Context, Where()),
            Paths = data.Paths is null ? null : Compile(data.Paths, Where()),
            ExcludePaths = data.ExcludePaths is null ? null : Compile(data.ExcludePaths, Where()),
            Exclude = data.Exclude is null ? null : Compile(data.Exclude, Where()),
            KeyGroup = data.KeyGroup,
            ExcludeKey = data.ExcludeKey is null ? null : Compile(data.ExcludeKey, Where()),
            References = data.References,
            ExamplePath = data.ExamplePath,
            Examples = data.Examples,
            Counterexamples = data.Counterexamples,
        };
    }

    /// <summary>
    /// NonBacktracking: linear time on any input, so a hostile file cannot stall a scan. A pattern
    /// whose automaton is too large for it (long bounded repeats) falls back to the backtracking
    /// engine with a match timeout; it only ever runs on small windows around keyword hits.
    /// </summary>
    internal static Regex Compile(string pattern, string where)
    {
        const RegexOptions common = RegexOptions.CultureInvariant | RegexOptions.Multiline;
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | common, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return CompileBacktracking(pattern, common, where);
        }
        catch (ArgumentException e) when (e.Message.Contains("automata", StringComparison.Ordinal) || e.Message.Contains("NonBacktracking", StringComparison.Ordinal))
        {
            return CompileBacktracking(pattern, common, where);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{where}: regex does not compile: {e.Message}", e);
        }
    }

    private static Regex CompileBacktracking(string pattern, RegexOptions options, string where)
    {
        try
        {
            return new Regex(pattern, options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{where}: regex does not compile: {e.Message}", e);
        }
    }
}
