namespace Rampart.Core.Findings;

/// <summary>
/// Typed facts behind a finding, one subtype per family, so reporters and later features
/// (dashboard, agents) read fields rather than parse messages.
/// </summary>
public abstract record Evidence;

/// <summary>A secret, redacted at the source; where it was found in git history, the commit.</summary>
public sealed record SecretEvidence(RedactedSecret Secret, string Kind) : Evidence
{
    public GitOrigin? Origin { get; init; }
}

/// <summary>The commit that introduced something found in git history.</summary>
public sealed record GitOrigin(string Commit, string Author, DateTimeOffset Date, bool StillInHead);

/// <summary>A package and what is wrong with it.</summary>
public sealed record DependencyEvidence(string Ecosystem, string Package, string? Version) : Evidence
{
    public IReadOnlyList<string> AdvisoryIds { get; init; } = [];

    public string? FixedVersion { get; init; }

    /// <summary>For a transitive package: the direct dependency that brings it in.</summary>
    public string? IntroducedBy { get; init; }
}

/// <summary>An HTTP route and its auth state as the route inventory decided it.</summary>
public sealed record RouteEvidence(IReadOnlyList<string> Methods, string Path, string Framework, string AuthState) : Evidence
{
    public IReadOnlyList<string> Reasons { get; init; } = [];
}

/// <summary>A data flow or unsafe call in code: where the value came from and where it ended.</summary>
public sealed record CodeEvidence(string Sink) : Evidence
{
    public string? Source { get; init; }

    /// <summary>Where the code holds a secret literal (a hard-coded signing key): masked in every snippet, like a secret finding.</summary>
    public SourceLocation? SecretSpan { get; init; }
}

/// <summary>A repository or CI configuration fact.</summary>
public sealed record PipelineEvidence(string Subject) : Evidence
{
    public IReadOnlyList<string> Observed { get; init; } = [];
}
