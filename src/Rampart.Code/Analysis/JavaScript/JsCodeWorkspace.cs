namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// Every lexed source file of the scan and the package.json manifests, with the few facts that
/// rules need from beyond one file (secrets read from query strings, types with secret fields).
/// The facts are gathered once, before the files are checked in parallel.
/// </summary>
internal sealed class JsCodeWorkspace
{
    private readonly Dictionary<string, List<JsQuerySecret>> _querySecrets;

    public JsCodeWorkspace(IReadOnlyList<JsCodeFile> files, IReadOnlyList<JsManifest> manifests)
    {
        Files = files;
        Manifests = manifests;
        _querySecrets = files
            .SelectMany(f => Checks.SecretInQueryStringCheck.Find(f).Select(q => (f.Project, Secret: q with { Path = f.Path })))
            .GroupBy(x => x.Project, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Secret).ToList(), StringComparer.Ordinal);
        SensitiveTypes = JsSensitiveTypes.Build(files);
    }

    public IReadOnlyList<JsCodeFile> Files { get; }

    public IReadOnlyList<JsManifest> Manifests { get; }

    /// <summary>Types with a secret field (a User with a password), for the logging rule.</summary>
    public JsSensitiveTypes SensitiveTypes { get; }

    /// <summary>The secrets a project reads from query strings (<c>req.query.token</c>), for the query-logging rule.</summary>
    public IReadOnlyList<JsQuerySecret> QuerySecretsOf(string project) => _querySecrets.GetValueOrDefault(project) ?? [];
}
