namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P034: a job's <c>container:</c> or <c>services:</c> image with no tag or <c>:latest</c>.</summary>
internal sealed class UnpinnedContainerImageAudit : WorkflowAudit
{
    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        foreach (var (role, image) in job.Images)
        {
            var reference = image.Text.Trim();
            if (reference.Contains("${{", StringComparison.Ordinal) || reference.Contains("@sha256:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A ':' before the last '/' is a registry port (localhost:5000/app), not a tag.
            var lastSlash = reference.LastIndexOf('/');
            var colon = reference.LastIndexOf(':');
            var tag = colon > lastSlash ? reference[(colon + 1)..] : null;
            if (tag is not null && !tag.Equals("latest", StringComparison.OrdinalIgnoreCase))
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
