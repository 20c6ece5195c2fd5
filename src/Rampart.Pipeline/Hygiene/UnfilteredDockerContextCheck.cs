using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// RMP-P013: a Dockerfile without a <c>.dockerignore</c>, or with one that lets <c>.env</c> or
/// <c>.git</c> into the build context. The context is not known without the build command, so the
/// ignore file may sit beside the Dockerfile (also as <c>Dockerfile.dockerignore</c>) or at the root.
/// </summary>
internal static class UnfilteredDockerContextCheck
{
    private static readonly string[] MustExclude = [".env", ".git"];

    public static async Task<IReadOnlyList<Finding>> CheckAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (!layout.HasProject)
        {
            return findings;
        }

        var checkedIgnoreFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dockerfile in layout.Dockerfiles)
        {
            var directory = RepositoryLayout.DirectoryOf(dockerfile.Path);
            var ignorePath = new[] { $"{dockerfile.Path}.dockerignore", directory.Length == 0 ? ".dockerignore" : $"{directory}/.dockerignore", ".dockerignore" }
                .FirstOrDefault(layout.Contains);
            if (ignorePath is null)
            {
                findings.Add(PipelineFinding.Create(
                    PipelineRules.UnfilteredDockerContext,
                    new SourceLocation(dockerfile.Path),
                    $"{dockerfile.Path} has no .dockerignore: nothing keeps .env files and .git out of the build context, and 'COPY . .' bakes them into the image",
                    "no-dockerignore",
                    new PipelineEvidence("docker-context") { Observed = [$"Dockerfile {dockerfile.Path}", "no .dockerignore"] }));
                continue;
            }

            var ignoreFile = layout.Files.First(f => f.Path == ignorePath);
            if (!checkedIgnoreFiles.Add(ignorePath) || await context.ReadTextAsync(ignoreFile, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            var patterns = DockerignorePatterns.Parse(text.Text);
            var missing = MustExclude.Where(path => !patterns.Excludes(path)).ToList();
            if (missing.Count > 0)
            {
                findings.Add(PipelineFinding.Create(
                    PipelineRules.UnfilteredDockerContext,
                    new SourceLocation(ignorePath),
                    $"{ignorePath} does not exclude {string.Join(" or ", missing)}: they reach the build context, and 'COPY . .' bakes them into the image",
                    $"missing {string.Join(' ', missing)}",
                    new PipelineEvidence("docker-context") { Observed = [.. missing.Select(m => $"{m} not excluded")] }));
            }
        }

        return findings;
    }
}
