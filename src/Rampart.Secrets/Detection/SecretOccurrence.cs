using Rampart.Core.Findings;
using Rampart.Core.Git;
using Rampart.Core.Rules;

namespace Rampart.Secrets.Detection;

/// <summary>
/// One place a secret was seen: in the working tree, or in a blob of git history (with the
/// commit that added it). Only the redacted form of the secret is kept.
/// </summary>
internal sealed record SecretOccurrence(Rule Rule, string Provider, RedactedSecret Secret, SourceLocation Location)
{
    /// <summary>The blob this was found in, for occurrences from history.</summary>
    public GitBlob? Blob { get; init; }

    /// <summary>True when the occurrence is in the working tree or the HEAD tree.</summary>
    public bool InHead { get; init; }

    /// <summary>Why this occurrence was escalated (e.g. "in client code"); null when it was not.</summary>
    public string? Escalation { get; init; }

    /// <summary>What to say instead of "title + preview", for findings about a name rather than a value.</summary>
    public string? Headline { get; init; }
}
