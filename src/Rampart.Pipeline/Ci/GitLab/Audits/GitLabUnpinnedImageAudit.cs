namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>RMP-P062: a job's, template's or the defaults' <c>image:</c> or <c>services:</c> entry with no tag or <c>:latest</c>, and no digest.</summary>
internal sealed class GitLabUnpinnedImageAudit : GitLabAudit
{
    public override void VisitJob(GitLabPipeline pipeline, GitLabJob job, WorkflowFindings findings)
    {
        foreach (var (role, image) in job.Images)
        {
            var reference = image.Text.Trim();
            if (UnpinnedImage.Problem(reference) is not { } problem)
            {
                continue;
            }

            findings.Add(
                CiRules.GitLabUnpinnedImage,
                image.Location,
                $"The {role} {reference} of {job.Label} {problem}: it changes whenever its publisher pushes",
                $"{job.Label}: {role} {reference}",
                [job.Label, $"{role} {reference}"]);
        }
    }
}
