using Rampart.Pipeline.Hygiene;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The files every stack gets: the security policy, CODEOWNERS when an owner is known, the
/// pre-commit secret hook, ignore entries for secret files and build output, .dockerignore files
/// and .env.example.
/// </summary>
internal static class RepositoryScaffold
{
    public const string HookPath = ".githooks/pre-commit";
    private const string HookBeginMarker = "# >>> rampart pre-commit hook >>>";
    private const string EnvExamplePath = ".env.example";
    private const string EnvPlaceholder = "changeme";

    private static readonly string[] SecurityPolicyFolders = [string.Empty, ".github/", "docs/"];
    private static readonly string[] CodeOwnersPaths = ["CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS", "docs/CODEOWNERS"];

    public static void Add(ProjectTree tree, DetectedStacks stacks, CodeOwner? owner, CiProvider ci, ScaffoldDraft draft)
    {
        var policy = tree.Files.FirstOrDefault(f => SecurityPolicyFolders.Any(folder => string.Equals(f.Path, $"{folder}SECURITY.md", StringComparison.OrdinalIgnoreCase)));
        draft.Files.Add(policy is null
            ? ScaffoldFile.Owned("SECURITY.md", "security policy", ScaffoldTemplates.Text("repository/SECURITY.md"))
            : ScaffoldFile.Merged(policy.Path, "security policy", existing => existing ?? string.Empty));

        draft.Files.Add(ScaffoldFile.Merged(HookPath, "pre-commit secret scan", MergeHook) with { Executable = true });
        draft.Files.Add(ScaffoldFile.Merged(".gitignore", "secret files and build output ignored", existing => MergeGitignore(existing, stacks)));
        foreach (var ignoreFile in DockerignorePaths(tree, stacks))
        {
            var (header, entries) = IgnoreFileMerge.FromTemplate("repository/dockerignore.txt");
            draft.Files.Add(ScaffoldFile.Merged(ignoreFile, ".git and .env kept out of the image", existing => IgnoreFileMerge.Merge(existing, header, entries)));
        }

        var variables = EnvironmentVariableFinder.Find(tree);
        if (variables.Count > 0 || tree.Exists(EnvExamplePath))
        {
            draft.Files.Add(ScaffoldFile.Merged(EnvExamplePath, $"{variables.Count} environment variable(s) the code reads", existing => MergeEnvExample(existing, variables)));
        }

        AddCodeOwners(tree, owner, CodeOwnersPathFor(ci), draft);
        draft.NextSteps.Add("git config core.hooksPath .githooks   # every clone runs the pre-commit secret scan (needs rampart on PATH)");
    }

    /// <summary>A new .github/CODEOWNERS naming <paramref name="owner"/>; a CODEOWNERS anywhere GitHub or GitLab looks is never touched.</summary>
    private static void AddCodeOwners(ProjectTree tree, CodeOwner? owner, string codeOwnersPath, ScaffoldDraft draft)
    {
        if (CodeOwnersPaths.FirstOrDefault(tree.Exists) is { } existing)
        {
            if (owner is { FromOriginRemote: false })
            {
                draft.Notes.Add($"{existing} already names the reviewers and is kept as it is: --owner {owner.Name} was not written");
            }

            return;
        }

        if (owner is null)
        {
            draft.Notes.Add($"no CODEOWNERS: it must name a reviewer; run init with --owner @your-team, or add {codeOwnersPath} with a line such as '* @your-team' (RMP-P011 stays until then)");
            return;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["owner"] = owner.Name };
        draft.Files.Add(ScaffoldFile.Owned(codeOwnersPath, $"{owner.Name} reviews every change", ScaffoldTemplates.Render("repository/CODEOWNERS", values)));
        if (owner.FromOriginRemote)
        {
            // An organisation is not a valid owner on GitHub (a user or a team is), and offline we cannot tell which one the remote names.
            draft.Notes.Add($"CODEOWNERS names {owner.Name}, the owner of the origin remote: right for a personal account; for an organisation GitHub needs one of its teams, so edit the line to {owner.Name}/TEAM");
        }
    }

    /// <summary>Where each host looks first: GitLab reads .gitlab/; Azure Repos has no CODEOWNERS of its own, so the root copy serves other tools and RMP-P011.</summary>
    private static string CodeOwnersPathFor(CiProvider ci) => ci switch
    {
        CiProvider.GitLab => ".gitlab/CODEOWNERS",
        CiProvider.Azure => "CODEOWNERS",
        _ => ".github/CODEOWNERS",
    };

    private static string MergeHook(string? existing)
    {
        var template = ScaffoldTemplates.Text("repository/pre-commit");
        if (existing is null)
        {
            return template;
        }

        if (existing.Contains(HookBeginMarker, StringComparison.Ordinal))
        {
            return existing;
        }

        // The user's hook stays first; our block goes below it, between the markers 'rampart hook uninstall' removes.
        var block = template[template.IndexOf(HookBeginMarker, StringComparison.Ordinal)..];
        return existing.TrimEnd('\n') + "\n" + block;
    }

    private static string MergeGitignore(string? existing, DetectedStacks stacks)
    {
        var (secretsHeader, secrets) = IgnoreFileMerge.FromTemplate("repository/gitignore-secrets.txt");
        var merged = IgnoreFileMerge.Merge(existing, secretsHeader, secrets);
        var present = new HashSet<string>(StringComparer.Ordinal);
        if (stacks.Dotnet is not null)
        {
            present.Add("dotnet");
        }

        if (stacks.Node is not null)
        {
            present.Add("node");
        }

        if (stacks.Python is not null)
        {
            present.Add("python");
        }

        var buildOutput = ScaffoldTemplates.Lines("repository/gitignore-build-output.txt")
            .Select(l => l.Split(' ', 2))
            .Where(parts => present.Contains(parts[0]))
            .Select(parts => parts[1])
            .ToList();
        return buildOutput.Count == 0 ? merged : IgnoreFileMerge.Merge(merged, "# Build output (added by rampart init)", buildOutput);
    }

    /// <summary>The .dockerignore each Dockerfile's build reads: one beside it, else the root one, else a new one beside it.</summary>
    private static IEnumerable<string> DockerignorePaths(ProjectTree tree, DetectedStacks stacks) =>
        (stacks.Docker?.Dockerfiles ?? [])
            .Select(dockerfile => ProjectTree.Join(RepositoryLayout.DirectoryOf(dockerfile), ".dockerignore"))
            .Select(beside => tree.Exists(beside) || !tree.Exists(".dockerignore") ? beside : ".dockerignore")
            .Distinct(StringComparer.Ordinal);

    private static string MergeEnvExample(string? existing, IReadOnlyList<string> variables)
    {
        var listed = EnvironmentVariableFinder.NamesIn(existing);
        var missing = variables.Where(v => !listed.Contains(v)).Select(v => $"{v}={EnvPlaceholder}").ToList();
        if (missing.Count == 0)
        {
            return existing ?? string.Empty;
        }

        if (existing is null)
        {
            return ScaffoldTemplates.Text("repository/env-example-header.txt") + string.Join('\n', missing) + "\n";
        }

        return existing.TrimEnd('\n') + "\n" + (existing.Trim().Length == 0 ? string.Empty : "\n# Also read by the code (added by rampart init)\n") + string.Join('\n', missing) + "\n";
    }
}
