using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The template files under <c>Scaffolding/Templates/</c>, embedded in the assembly. A template
/// names its holes <c>{{name}}</c>; <c>{{pin:owner/repo}}</c> is filled from the pin table. GitHub's
/// own <c>${{ expr }}</c> has spaces inside the braces, so it is never taken for a hole.
/// </summary>
internal static partial class ScaffoldTemplates
{
    private const string Prefix = "scaffolding/";

    public static string Text(string name)
    {
        // MSBuild names embedded folders with the build machine's separator.
        var assembly = typeof(ScaffoldTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + name)
            ?? assembly.GetManifestResourceStream(Prefix + name.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"no embedded template {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>Data lines of a template list: comments and blank lines left out.</summary>
    public static IReadOnlyList<string> Lines(string name) =>
        [.. Text(name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal))];

    /// <summary>The template with every hole filled; a hole without a value is a bug, not an empty string.</summary>
    public static string Render(string name, IReadOnlyDictionary<string, string>? values = null) =>
        Hole().Replace(Text(name), match =>
        {
            var key = match.Groups["key"].Value;
            if (key.StartsWith("pin:", StringComparison.Ordinal))
            {
                return ActionPins.For(key["pin:".Length..]).Reference;
            }

            return values is not null && values.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"template {name}: no value for {{{{{key}}}}}");
        });

    [GeneratedRegex(@"\{\{(?<key>[a-z][a-z0-9:/._-]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Hole();
}
