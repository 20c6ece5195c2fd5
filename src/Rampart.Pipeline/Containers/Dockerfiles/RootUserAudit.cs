using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>
/// RMP-P050: the final stage runs as root: its last USER is root/0, or no USER is set in it nor
/// in the earlier stage it builds on, and the base image is not one known to default to a
/// non-root user.
/// </summary>
internal sealed class RootUserAudit : IDockerfileAudit
{
    /// <summary>Images whose default user is not root, by name prefix or tag word.</summary>
    private static readonly string[] NonRootImagePrefixes = ["cgr.dev/chainguard/", "bitnami/", "docker.io/bitnami/"];

    private static readonly string[] NonRootTagWords = ["nonroot", "rootless"];

    public IEnumerable<Finding> Audit(DockerfileDocument dockerfile)
    {
        if (dockerfile.Stages.Count == 0)
        {
            yield break;
        }

        var final = dockerfile.Stages[^1];
        var (user, baseStage) = EffectiveUser(dockerfile, final);
        if (user is not null)
        {
            if (IsRoot(user.Arguments))
            {
                yield return PipelineFinding.Create(
                    ContainerRules.ContainerRunsAsRoot,
                    dockerfile.Locate(user, user.Arguments),
                    $"The final stage switches to USER {user.Arguments} and never back, so the container runs as root",
                    $"USER {user.Arguments}",
                    new PipelineEvidence("dockerfile") { Observed = [$"USER {user.Arguments}"] });
            }

            yield break;
        }

        var image = dockerfile.ResolveImage(baseStage.Image) ?? baseStage.Image;
        if (DefaultsToNonRoot(image))
        {
            yield break;
        }

        yield return PipelineFinding.Create(
            ContainerRules.ContainerRunsAsRoot,
            dockerfile.Locate(final.From, "FROM"),
            $"The final stage (FROM {final.Image}) sets no USER, so the container runs as root",
            $"no USER in final stage FROM {final.Image}",
            new PipelineEvidence("dockerfile") { Observed = [$"FROM {image}", "no USER instruction"] });
    }

    /// <summary>The last USER of the stage, else of the earlier stage it is built FROM; and the stage whose image it all starts from.</summary>
    private static (DockerInstruction? User, DockerStage BaseStage) EffectiveUser(DockerfileDocument dockerfile, DockerStage stage)
    {
        var visited = new HashSet<DockerStage>();
        var current = stage;
        while (visited.Add(current))
        {
            if (current.Instructions.LastOrDefault(i => i.Keyword == "USER") is { } user)
            {
                return (user, current);
            }

            var index = dockerfile.Stages.ToList().IndexOf(current);
            var parent = dockerfile.Stages.Take(index).LastOrDefault(s => string.Equals(s.Name, current.Image, StringComparison.OrdinalIgnoreCase));
            if (parent is null)
            {
                break;
            }

            current = parent;
        }

        return (null, current);
    }

    /// <summary><c>root</c>, <c>0</c>, <c>root:root</c>, <c>0:0</c>; a variable such as <c>$APP_UID</c> is taken as non-root.</summary>
    private static bool IsRoot(string user) => user.Split(':')[0].Trim() is "root" or "0";

    private static bool DefaultsToNonRoot(string image)
    {
        var reference = DockerImageReference.Parse(image);
        // The -dev variants of these images run as root so that a shell and package manager work.
        var devVariant = reference.Tag?.Contains("dev", StringComparison.OrdinalIgnoreCase) == true;
        return (!devVariant && NonRootImagePrefixes.Any(p => image.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            || NonRootTagWords.Any(w => reference.Tag?.Contains(w, StringComparison.OrdinalIgnoreCase) == true);
    }
}
