namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P034: a job's <c>container:</c> or <c>services:</c> image with no tag or <c>:latest</c>.</summary>
internal sealed class UnpinnedContainerImageAudit : WorkflowAudit
{
    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        foreach (var (role, image) in job.Images)
        {
            var reference = image.Text.Trim();
            if (reference.Contains("${{", StringComparison.Ordinal) || DockerImageReference.Parse(reference) is not { NamesAVersion: false, Tag: var tag })
            {
                continue;
            }

            findings.Add(
                WorkflowRules.UnpinnedContainerImage,
                image.Location,
                $"The {role} image of job '{job.Label}' is {reference}{(tag is null ? ", with no tag (latest)" : string.Empty)}: it changes whenever its publisher pushes",
                $"job {job.Label}: {role} {reference}",
                [$"job {job.Label}", $"{role} image {reference}"]);
        }
    }
}
