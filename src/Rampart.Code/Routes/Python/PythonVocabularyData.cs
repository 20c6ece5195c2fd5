namespace Rampart.Code.Routes.Python;

/// <summary>The shape of python-routes.yaml (hyphenated keys).</summary>
internal sealed class PythonVocabularyData
{
    public List<string> AuthDependencies { get; set; } = [];

    public List<string> OptionalAuth { get; set; } = [];

    public List<string> SecuritySchemes { get; set; } = [];

    public List<string> AuthDecorators { get; set; } = [];

    public List<string> RoleDecorators { get; set; } = [];

    public List<string> PermissionDecorators { get; set; } = [];

    public List<string> PublicDecorators { get; set; } = [];

    public List<string> AuthMixins { get; set; } = [];

    public List<string> DrfRequiredPermissions { get; set; } = [];

    public List<string> DrfReadOnlyPermissions { get; set; } = [];

    public List<string> DrfAnonymousPermissions { get; set; } = [];

    public List<string> RejectMarkers { get; set; } = [];
}
