using Rampart.Core.Findings;
using Rampart.Pipeline.Hygiene.Ci;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P003: CI exists, but no CI command runs a test suite.</summary>
internal static class CiRunsNoTestsCheck
{
    private const int ToolsNamed = 6;

    public static Finding? Check(RepositoryLayout layout, IReadOnlyList<CiConfiguration> ci, IReadOnlySet<string> testingScripts)
    {
        var pipelines = ci.Where(c => c.IsPipeline).ToList();
        // A remote reusable workflow or an include may well run the tests: absence proves nothing.
        if (!layout.HasProject || pipelines.Count == 0 || ci.Any(c => c.HasOpaqueParts))
        {
            return null;
        }

        if (ci.Any(c => c.Commands.Any(command => TestCommands.RunsTests(command.Text, testingScripts)) || c.ActionReferences.Any(a => TestCommands.IsTestAction(a.Text))))
        {
            return null;
        }

        var rule = PipelineRules.CiRunsNoTests;
        var anchor = pipelines.FirstOrDefault(c => c.Commands.Count > 0) ?? pipelines[0];
        // Only tool names, never whole command lines: a CI command may carry a token inline.
        var tools = ci.SelectMany(c => c.Commands)
            .SelectMany(command => TestCommands.SimpleCommands(command.Text))
            .Select(ToolName)
            .Where(tool => tool.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var files = pipelines.Count == 1 ? anchor.Path : $"{anchor.Path} and {pipelines.Count - 1} other CI file(s)";
        var seen = tools.Count == 0
            ? $"there are no commands in {files}"
            : $"the commands in {files} use {string.Join(", ", tools.Take(ToolsNamed))}{(tools.Count > ToolsNamed ? ", ..." : string.Empty)}, but no test runner";
        return PipelineFinding.Create(
            rule,
            anchor.Anchor,
            $"CI runs no tests: {seen}, so a green build says nothing about whether the code works",
            "ci-runs-no-tests",
            new PipelineEvidence("ci-tests") { Observed = [.. pipelines.Select(p => $"CI file {p.Path}"), .. tools.Select(t => $"runs {t}")] },
            fingerprintPath: ".") with
        {
            RelatedLocations = [.. pipelines.Where(p => p != anchor).Select(p => new SourceLocation(p.Path) { Label = "CI file without a test step" })],
        };
    }

    /// <summary>The program a simple command runs, past <c>sudo</c>, <c>./</c> and variable assignments.</summary>
    private static string ToolName(string simpleCommand)
    {
        var words = simpleCommand.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => w == "sudo" || w.Contains('=', StringComparison.Ordinal))
            .ToList();
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var tool = Path.GetFileName(words[0].Trim('"', '\''));
        return tool.Length > 0 && char.IsLetter(tool[0]) && tool.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') ? tool : string.Empty;
    }
}
