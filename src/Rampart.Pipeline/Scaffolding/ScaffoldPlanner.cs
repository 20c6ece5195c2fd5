namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// <c>rampart init</c> without the writing: detects the stacks, decides every file the repository
/// should have and compares each with what is on disk. The plan is the same on every run until the
/// repository changes, so a second run finds nothing to do.
/// </summary>
public static class ScaffoldPlanner
{
    private const string BesideSuffix = ".rampart-new";

    private static readonly string[] RenovateFiles = ["renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5", ".renovaterc", ".renovaterc.json"];

    /// <param name="owner">The reviewer for a new CODEOWNERS; null leaves a note on how to add one.</param>
    public static ScaffoldPlan Plan(string root, CiProvider ci, string rampartVersion, CodeOwner? owner = null)
    {
        var tree = ProjectTree.Load(root);
        var stacks = StackDetector.Detect(tree);
        var branch = DefaultBranch.Read(tree.Root);
        var draft = new ScaffoldDraft();

        var dotnetEntry = stacks.Dotnet is { } dotnet ? DotnetScaffold.Add(tree, dotnet, draft) : null;
        AddSmokeTests(stacks, draft);
        draft.Files.Insert(0, CiFile(ci, stacks, dotnetEntry, branch, rampartVersion));
        if (RenovateFiles.FirstOrDefault(tree.Exists) is { } renovate)
        {
            draft.Notes.Add(ci == CiProvider.GitHub ? $"no .github/dependabot.yml: {renovate} already configures Renovate" : $"no renovate.json: {renovate} already configures Renovate");
        }
        else if (ci == CiProvider.GitHub)
        {
            var dependabot = tree.Exists(".github/dependabot.yaml") ? ".github/dependabot.yaml" : ".github/dependabot.yml";
            draft.Files.Insert(1, ScaffoldFile.Owned(dependabot, "grouped dependency updates, 7-day cooldown", DependabotConfigRenderer.Render(stacks, dotnetEntry)));
        }
        else
        {
            draft.Files.Insert(1, ScaffoldFile.Owned("renovate.json", "grouped dependency updates (Renovate), 7-day minimumReleaseAge", RenovateConfigRenderer.Render(stacks, ci)));
        }

        RepositoryScaffold.Add(tree, stacks, owner, ci, draft);
        if (stacks.Node is { Lockfile: null } node)
        {
            draft.NextSteps.Add($"{(node.Directory.Length > 0 ? $"(cd {ShellWords.Quote(node.Directory)} && npm install)" : "npm install")}   # writes package-lock.json: commit it, CI installs with npm ci");
        }

        draft.NextSteps.AddRange(RepositorySettingsCommands.For(ci, branch));
        return new ScaffoldPlan(stacks.Describe(), [.. draft.Files.Select(file => Resolve(tree, file))], draft.Notes, draft.NextSteps) { DotnetRestoreEntry = draft.DotnetRestoreEntry };
    }

    private static ScaffoldFile CiFile(CiProvider ci, DetectedStacks stacks, string? dotnetEntry, string branch, string rampartVersion) => ci switch
    {
        CiProvider.GitLab => ScaffoldFile.Owned(".gitlab-ci.yml", "CI: build, test, rampart gate", GitLabCiRenderer.Render(stacks, dotnetEntry, rampartVersion)),
        CiProvider.Azure => ScaffoldFile.Owned("azure-pipelines.yml", "CI: build, test, rampart gate", AzurePipelineRenderer.Render(stacks, dotnetEntry, branch, rampartVersion)),
        _ => ScaffoldFile.Owned(".github/workflows/ci.yml", "CI: build, test, rampart gate", GitHubWorkflowRenderer.Render(stacks, dotnetEntry, branch, rampartVersion)),
    };

    private static void AddSmokeTests(DetectedStacks stacks, ScaffoldDraft draft)
    {
        if (stacks.Node is { HasTests: false } node)
        {
            draft.Files.Add(ScaffoldFile.Owned(ProjectTree.Join(node.Directory, "test/smoke.test.mjs"), "first smoke test (node:test)", ScaffoldTemplates.Text("node/smoke.test.mjs")));
        }

        if (stacks.Node is { HasTestScript: false } untested)
        {
            draft.Notes.Add($"{ProjectTree.Join(untested.Directory, "package.json")} has no test script, so CI runs 'node --test'; set \"test\": \"node --test\" there to run the same with npm test");
        }

        if (stacks.Python is { HasTests: false } python)
        {
            draft.Files.Add(ScaffoldFile.Owned(ProjectTree.Join(python.Directory, "tests/test_smoke.py"), "first smoke test (pytest)", ScaffoldTemplates.Text("python/test_smoke.py")));
        }
    }

    /// <summary>Compares a wanted file with the disk and decides what happens to it.</summary>
    private static PlannedFile Resolve(ProjectTree tree, ScaffoldFile file)
    {
        var current = tree.Read(file.Path);
        var proposed = file.Produce(current);
        if (current is null)
        {
            return new PlannedFile(file.Path, file.Path, null, proposed, PlannedAction.Create, file.Purpose) { Executable = file.Executable };
        }

        if (current == proposed)
        {
            return new PlannedFile(file.Path, file.Path, current, proposed, PlannedAction.Unchanged, file.Purpose);
        }

        if (file.Merges)
        {
            return new PlannedFile(file.Path, file.Path, current, proposed, PlannedAction.Merge, file.Purpose) { Executable = file.Executable };
        }

        // The user's file wins; ours goes beside it for them to compare, and is refreshed only if it changed.
        var beside = file.Path + BesideSuffix;
        var besideCurrent = tree.Read(beside);
        var action = besideCurrent == proposed ? PlannedAction.Unchanged : PlannedAction.WriteBeside;
        return new PlannedFile(file.Path, beside, besideCurrent, proposed, action, file.Purpose);
    }
}
