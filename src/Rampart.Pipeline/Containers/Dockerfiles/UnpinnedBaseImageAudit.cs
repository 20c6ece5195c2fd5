using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>RMP-P051: a FROM image with no tag or <c>:latest</c>, and no digest.</summary>
internal sealed class UnpinnedBaseImageAudit : IDockerfileAudit
{
    public IEnumerable<Finding> Audit(DockerfileDocument dockerfile)
    {
        var stageNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in dockerfile.Stages)
        {
            var isEarlierStage = stageNames.Contains(stage.Image);
            if (stage.Name is not null)
            {
                stageNames.Add(stage.Name);
            }

            // An unresolvable ${VAR} says nothing either way; scratch is an empty image, not a download.
            if (isEarlierStage || stage.Image.Length == 0 || dockerfile.ResolveImage(stage.Image) is not { } resolved || resolved.Equals("scratch", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var image = DockerImageReference.Parse(resolved);
            if (image.NamesAVersion)
            {
                continue;
            }

            var problem = image.Tag is null ? "has no tag" : "uses :latest";
            yield return PipelineFinding.Create(
                ContainerRules.UnpinnedBaseImage,
                dockerfile.Locate(stage.From, stage.Image),
                $"Base image {resolved} {problem}: each build may pull a different image; pin a version tag and a digest",
                $"FROM {image.Name}",
                new PipelineEvidence("dockerfile") { Observed = [$"FROM {resolved}"] });
        }
    }
}
