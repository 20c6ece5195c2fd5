using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// Finds the Dependabot and Renovate configurations of a repository and reads which ecosystems
/// they cover. A configuration that cannot be read counts as covering everything: one problem
/// (the warning) is reported once, not again as missing coverage.
/// </summary>
internal static partial class DependencyUpdateConfigReader
{
    private static readonly string[] DependabotFiles = [".github/dependabot.yml", ".github/dependabot.yaml"];

    private static readonly string[] RenovateFiles =
    [
        "renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json",
        ".gitlab/renovate.json5", ".renovaterc", ".renovaterc.json", ".renovaterc.json5",
    ];

    public static async Task<IReadOnlyList<DependencyUpdateConfig>> ReadAllAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        var configs = new List<DependencyUpdateConfig>();
        foreach (var file in layout.Files.Where(f => DependabotFiles.Contains(f.Path, StringComparer.Ordinal)))
        {
            if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is { } text)
            {
                configs.Add(ReadDependabot(text, context.Warnings));
            }
        }

        foreach (var file in layout.Files.Where(f => RenovateFiles.Contains(f.Path, StringComparer.Ordinal) || f.Path == "package.json"))
        {
            if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is { } text && ReadRenovate(text) is { } renovate)
            {
                configs.Add(renovate);
            }
        }

        return configs;
    }

    private static DependencyUpdateConfig ReadDependabot(FileText text, ScanWarnings warnings)
    {
        if (YamlFile.TryLoadRoot(text, warnings) is not { } root)
        {
            return new DependencyUpdateConfig("Dependabot", new SourceLocation(text.Path), Covered: null);
        }

        var updates = YamlFile.Child(root, "updates") as YamlSequenceNode;
        var covered = (updates?.Children ?? [])
            .Select(entry => YamlFile.ScalarValue(YamlFile.Child(entry, "package-ecosystem")))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var key = YamlFile.KeyNode(root, "updates");
        return new DependencyUpdateConfig("Dependabot", key is null ? new SourceLocation(text.Path) : YamlFile.LocationOf(text, key), covered);
    }

    /// <summary>A Renovate file, or the <c>renovate</c> key of the root package.json; null when package.json has none.</summary>
    private static DependencyUpdateConfig? ReadRenovate(FileText text)
    {
        var inPackageJson = text.Path == "package.json";
        var key = RenovateKey().Match(text.Text);
        if (inPackageJson && !key.Success)
        {
            return null;
        }

        var location = new SourceLocation(text.Path);
        try
        {
            using var document = JsonDocument.Parse(text.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var config = document.RootElement;
            if (inPackageJson && !(config.ValueKind == JsonValueKind.Object && config.TryGetProperty("renovate", out config)))
            {
                return null;
            }

            if (config.ValueKind != JsonValueKind.Object || !config.TryGetProperty("enabledManagers", out var managers) || managers.ValueKind != JsonValueKind.Array)
            {
                return new DependencyUpdateConfig("Renovate", location, Covered: null);
            }

            var enabled = managers.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var covered = DependencyEcosystems.All.Where(e => e.RenovateManagers.Any(enabled.Contains)).Select(e => e.DependabotName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var managersKey = EnabledManagersKey().Match(text.Text);
            return new DependencyUpdateConfig("Renovate", managersKey.Success ? text.LocationOf(managersKey.Index, managersKey.Length) : location, covered);
        }
        catch (JsonException)
        {
            // JSON5 beyond comments and trailing commas (unquoted keys): Renovate reads it, so trust it.
            return new DependencyUpdateConfig("Renovate", location, Covered: null);
        }
    }

    [GeneratedRegex(@"""renovate""\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex RenovateKey();

    [GeneratedRegex(@"""?enabledManagers""?", RegexOptions.CultureInvariant)]
    private static partial Regex EnabledManagersKey();
}
