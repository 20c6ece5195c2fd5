using System.Text.Json;
using Rampart.Core.Scanning;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>The dependency lists of a package.json next to a lockfile that does not repeat them.</summary>
internal sealed record PackageJsonManifest(IReadOnlyList<DeclaredDependency> Dependencies)
{
    public static readonly string[] Sections = ["dependencies", "devDependencies", "optionalDependencies"];

    public static async Task<PackageJsonManifest?> ReadSiblingAsync(
        FileText lockfile, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        var file = await siblings(NpmSpec.Sibling(lockfile.Path, "package.json"), cancellationToken).ConfigureAwait(false);
        return file is null ? null : Parse(file.Text);
    }

    public static PackageJsonManifest? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text.TrimStart('\uFEFF'), JsonKeyLines.DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var list = new List<DeclaredDependency>();
            foreach (var section in Sections)
            {
                if (!document.RootElement.TryGetProperty(section, out var deps) || deps.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var dep in deps.EnumerateObject())
                {
                    if (dep.Value.ValueKind == JsonValueKind.String)
                    {
                        list.Add(new DeclaredDependency(dep.Name, dep.Value.GetString()!, section));
                    }
                }
            }

            return new PackageJsonManifest(list);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the name is declared only as a dev dependency.</summary>
    public bool IsDevOnly(string name) =>
        Dependencies.Any(d => d.Name == name && d.IsDev) && !Dependencies.Any(d => d.Name == name && !d.IsDev);
}
