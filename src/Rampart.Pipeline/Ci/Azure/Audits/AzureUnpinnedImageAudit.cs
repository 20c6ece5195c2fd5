using Rampart.Core.Findings;

namespace Rampart.Pipeline.Ci.Azure.Audits;

/// <summary>
/// RMP-P071: a hosted <c>vmImage</c> ending in <c>-latest</c> (low: Microsoft moves it) and a
/// container image with no tag or <c>:latest</c> (medium: anyone who can push the image moves it),
/// in <c>resources: containers:</c> or a job's <c>container:</c> that does not name a resource.
/// </summary>
internal sealed class AzureUnpinnedImageAudit : AzureAudit
{
    public override void VisitPipeline(AzurePipeline pipeline, WorkflowFindings findings)
    {
        CheckVmImage(pipeline.VmImage, "the pipeline", findings);
        foreach (var resource in pipeline.Containers)
        {
            CheckContainer(resource.Image, $"container resource {resource.Alias.Text}", findings);
        }
    }

    public override void VisitStage(AzurePipeline pipeline, AzureStage stage, WorkflowFindings findings) =>
        CheckVmImage(stage.VmImage, stage.Label, findings);

    public override void VisitJob(AzurePipeline pipeline, AzureJob job, WorkflowFindings findings)
    {
        CheckVmImage(job.VmImage, job.Label, findings);
        if (job.Container is { } container && !pipeline.IsContainerAlias(container.Text))
        {
            CheckContainer(container, $"the container of {job.Label}", findings);
        }
    }

    private static void CheckVmImage(WorkflowValue? vmImage, string owner, WorkflowFindings findings)
    {
        var image = vmImage?.Text.Trim();
        if (vmImage is null || image is null || !image.EndsWith("-latest", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        findings.Add(
            CiRules.AzureUnpinnedImage,
            vmImage.Location,
            $"vmImage {image} of {owner} is a moving target: Microsoft points it at a newer OS with different tool versions without a change in this repository",
            $"{owner}: vmImage {image}",
            [owner, $"vmImage {image}"],
            severity: Severity.Low,
            remediation: $"Name the image's version (vmImage: {Versioned(image)}) and move to the next one deliberately.");
    }

    private static void CheckContainer(WorkflowValue image, string owner, WorkflowFindings findings)
    {
        var reference = image.Text.Trim();
        if (UnpinnedImage.Problem(reference) is not { } problem)
        {
            return;
        }

        findings.Add(
            CiRules.AzureUnpinnedImage,
            image.Location,
            $"The image {reference} of {owner} {problem}: it changes whenever its publisher pushes",
            $"{owner}: {reference}",
            [owner, $"image {reference}"]);
    }

    private static string Versioned(string image) => image.ToLowerInvariant() switch
    {
        "ubuntu-latest" => "ubuntu-24.04",
        "windows-latest" => "windows-2022",
        "macos-latest" => "macOS-15",
        _ => image[..^"latest".Length] + "<version>",
    };
}
