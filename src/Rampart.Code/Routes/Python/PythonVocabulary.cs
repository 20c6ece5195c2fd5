using Rampart.Core.Configuration;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Rampart.Code.Routes.Python;

/// <summary>
/// The auth names of the Python frameworks: the embedded python-routes.yaml merged with the
/// project's own names from <c>routes:</c> in .rampart.yml (auth, optional-auth, public).
/// </summary>
internal sealed class PythonVocabulary
{
    private static readonly Lazy<PythonVocabularyData> BuiltIn = new(Load);

    private PythonVocabulary(PythonVocabularyData data, RouteVocabulary project)
    {
        HashSet<string> Set(IEnumerable<string> names, params IEnumerable<string>[] more) => names.Concat(more.SelectMany(m => m)).ToHashSet(StringComparer.Ordinal);
        Optional = Set(data.OptionalAuth, project.OptionalAuth);
        AuthDependencies = Set(data.AuthDependencies, project.Auth);
        AuthDecorators = Set(data.AuthDecorators, project.Auth);
        AuthMixins = Set(data.AuthMixins, project.Auth);
        DrfRequired = Set(data.DrfRequiredPermissions, project.Auth);
        Public = Set(data.PublicDecorators, project.Public);
        DrfAnonymous = Set(data.DrfAnonymousPermissions, project.Public);
        SecuritySchemes = Set(data.SecuritySchemes);
        RoleDecorators = Set(data.RoleDecorators);
        PermissionDecorators = Set(data.PermissionDecorators);
        DrfReadOnly = Set(data.DrfReadOnlyPermissions);
        RejectMarkers = Set(data.RejectMarkers);
    }

    public HashSet<string> AuthDependencies { get; }

    public HashSet<string> Optional { get; }

    public HashSet<string> SecuritySchemes { get; }

    public HashSet<string> AuthDecorators { get; }

    public HashSet<string> RoleDecorators { get; }

    public HashSet<string> PermissionDecorators { get; }

    public HashSet<string> Public { get; }

    public HashSet<string> AuthMixins { get; }

    public HashSet<string> DrfRequired { get; }

    public HashSet<string> DrfReadOnly { get; }

    public HashSet<string> DrfAnonymous { get; }

    public HashSet<string> RejectMarkers { get; }

    public static PythonVocabulary For(RouteVocabulary project) => new(BuiltIn.Value, project);

    /// <summary>True for any name that means "auth" in some framework: used to spot commented-out auth.</summary>
    public bool IsAnyAuthName(string name) =>
        !Optional.Contains(name) && (AuthDependencies.Contains(name) || AuthDecorators.Contains(name) || AuthMixins.Contains(name) || DrfRequired.Contains(name) || SecuritySchemes.Contains(name));

    private static PythonVocabularyData Load()
    {
        var assembly = typeof(PythonVocabulary).Assembly;
        using var stream = assembly.GetManifestResourceStream("routes/python-routes.yaml") ?? throw new InvalidOperationException("python-routes.yaml is not embedded");
        using var reader = new StreamReader(stream);
        return new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build().Deserialize<PythonVocabularyData>(reader.ReadToEnd()) ?? new PythonVocabularyData();
    }
}
