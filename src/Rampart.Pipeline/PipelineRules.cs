using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline;

/// <summary>Every rule of the pipeline family, in one place so ids are never reused.</summary>
public static class PipelineRules
{
    public static Rule NoCiPipeline { get; } = new()
    {
        Id = RuleId.Parse("RMP-P001"),
        Name = "no-ci-pipeline",
        Title = "The repository has no CI pipeline",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "No CI configuration was found (GitHub Actions, GitLab CI, Azure Pipelines, Bitbucket Pipelines, CircleCI, Jenkins, Travis, Drone, Buildkite, AppVeyor, Woodpecker). Nothing builds, tests or scans a change before it ships; with a deploy configuration present, changes go straight to production.",
        Remediation = "Add a CI workflow that builds, runs the tests and runs 'rampart scan --fail-on high' on every pull request and push to the default branch.",
        Cwe = [1127],
    };

    public static Rule NoTests { get; } = new()
    {
        Id = RuleId.Parse("RMP-P002"),
        Name = "no-automated-tests",
        Title = "The repository has no automated tests",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "No test project or test files were found, or the only test script is npm's placeholder that always fails. Without tests, no pipeline can tell a working change from a broken one.",
        Remediation = "Add a first smoke test in the stack's usual framework (xunit, vitest/jest, pytest) and run it in CI.",
        Cwe = [1127],
    };

    public static IReadOnlyList<Rule> All { get; } = [NoCiPipeline, NoTests];
}
