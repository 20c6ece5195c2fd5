using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows;

/// <summary>
/// A parsed <c>uses:</c> value, for steps (actions) and jobs (reusable workflows):
/// <c>owner/repo[/path]@ref</c>, <c>./local</c> or <c>docker://image</c>.
/// </summary>
internal sealed partial record ActionReference
{
    private static readonly string[] FirstPartyOwners = ["actions", "github"];

    private ActionReference(WorkflowValue value, ActionReferenceKind kind, string target, string? gitRef)
    {
        Value = value;
        Kind = kind;
        Target = target;
        Ref = gitRef;
    }

    public WorkflowValue Value { get; }

    public ActionReferenceKind Kind { get; }

    /// <summary><c>owner/repo/path</c> without the ref; the image for docker references; the path for local ones.</summary>
    public string Target { get; }

    /// <summary>What follows '@': a tag, branch or commit SHA; for docker, the digest or tag; null when absent.</summary>
    public string? Ref { get; }

    /// <summary>The comment after the value on the same line, e.g. <c>v4.2.2</c>.</summary>
    public string? Comment => Value.TrailingComment;

    public string Owner => Target.Split('/')[0];

    /// <summary><c>owner/repo</c>, lower-case, for comparing with known actions.</summary>
    public string Repository => string.Join('/', Target.Split('/').Take(2)).ToLowerInvariant();

    public bool IsFirstParty => Kind == ActionReferenceKind.Repository && FirstPartyOwners.Contains(Owner, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the reference cannot move: a full commit SHA, a docker digest, or code in this repository.</summary>
    public bool IsImmutable => Kind switch
    {
        ActionReferenceKind.Local => true,
        ActionReferenceKind.Docker => Ref?.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) == true,
        _ => Ref is not null && CommitSha().IsMatch(Ref),
    };

    /// <summary>True for <paramref name="ownerAndRepo"/> itself and any action under it (<c>github/codeql-action/init</c>).</summary>
    public bool Is(string ownerAndRepo) =>
        Kind == ActionReferenceKind.Repository
        && (Target.Equals(ownerAndRepo, StringComparison.OrdinalIgnoreCase) || Target.StartsWith(ownerAndRepo + "/", StringComparison.OrdinalIgnoreCase));

    public static ActionReference Parse(WorkflowValue value)
    {
        var text = value.Text.Trim();
        if (text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith(".\\", StringComparison.Ordinal))
        {
            return new ActionReference(value, ActionReferenceKind.Local, text, null);
        }

        if (text.StartsWith("docker://", StringComparison.OrdinalIgnoreCase))
        {
            var image = text["docker://".Length..];
            var at = image.IndexOf('@');
            return at >= 0
                ? new ActionReference(value, ActionReferenceKind.Docker, image[..at], image[(at + 1)..])
                : new ActionReference(value, ActionReferenceKind.Docker, image, null);
        }

        var separator = text.LastIndexOf('@');
        return separator > 0
            ? new ActionReference(value, ActionReferenceKind.Repository, text[..separator], text[(separator + 1)..])
            : new ActionReference(value, ActionReferenceKind.Repository, text, null);
    }

    public override string ToString() => Value.Text;

    [GeneratedRegex("^[0-9a-fA-F]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitSha();
}
