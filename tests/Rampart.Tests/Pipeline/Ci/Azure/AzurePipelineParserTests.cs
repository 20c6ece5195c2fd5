using Rampart.Core.Scanning;
using Rampart.Pipeline;
using Rampart.Pipeline.Ci.Azure;

namespace Rampart.Tests.Pipeline.Ci.Azure;

/// <summary>The typed Azure Pipelines model: stage, job and step shorthands, templates and insertions, positions kept.</summary>
public sealed class AzurePipelineParserTests
{
    private static FileText File(string yaml) => new(new RepoFile("azure-pipelines.yml", "/repo/azure-pipelines.yml", yaml.Length), yaml);

    private static AzurePipeline Parse(string yaml) => AzurePipelineParser.Parse(File(yaml)) ?? throw new InvalidOperationException("no pipeline");

    [Fact]
    public void Stages_jobs_and_steps_are_typed_with_their_positions()
    {
        var pipeline = Parse("""
            variables:
              a: 1
            pool:
              vmImage: ubuntu-latest
            stages:
              - stage: build
                variables:
                  - name: b
                    value: two
                  - group: secrets
                jobs:
                  - job: test
                    container: node:22
                    steps:
                      - checkout: self
                        persistCredentials: true
                      - script: make test
                        displayName: Test
                      - pwsh: Write-Host hi
                      - task: AzureCLI@2
                        inputs:
                          inlineScript: az account show
                      - publish: out
            """);

        Assert.Equal(("a", "ubuntu-latest", 4, 12), (pipeline.Variables[0].Name, pipeline.VmImage!.Text, pipeline.VmImage.Line, pipeline.VmImage.Location.Column));
        var stage = Assert.Single(pipeline.Stages);
        Assert.Equal(("stage build", "b", "two"), (stage.Label, stage.Variables.Single().Name, stage.Variables.Single().Value.Text));
        var job = Assert.Single(stage.Jobs);
        Assert.Equal(("job test", "node:22"), (job.Label, job.Container!.Text));
        Assert.Equal([AzureStepKind.Checkout, AzureStepKind.Script, AzureStepKind.Pwsh, AzureStepKind.Task, AzureStepKind.Other], job.Steps.Select(s => s.Kind));
        Assert.Equal(("true", 16, 33), (job.Steps[0].PersistCredentials!.Text, job.Steps[0].PersistCredentials!.Line, job.Steps[0].PersistCredentials!.Location.Column));
        Assert.Equal(("Test", "make test", false), (job.Steps[1].Label, job.Steps[1].Script!.Text, job.Steps[1].IsPowerShell));
        Assert.True(job.Steps[2].IsPowerShell);
        Assert.Equal(("AzureCLI@2", "az account show"), (job.Steps[3].Label, job.Steps[3].Script!.Text));
        Assert.Null(job.Steps[4].Script);
    }

    [Theory]
    [InlineData("steps:\n  - script: make\n", "the pipeline", "the pipeline's job")]
    [InlineData("jobs:\n  - job: a\n    steps:\n      - script: make\n", "the pipeline", "job a")]
    [InlineData("jobs:\n  - deployment: web\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n            - script: make\n", "the pipeline", "deployment web")]
    public void Pipelines_without_stages_get_an_implicit_stage_and_job(string yaml, string stage, string job)
    {
        var pipeline = Parse(yaml);

        var only = Assert.Single(Assert.Single(pipeline.Stages).Jobs);
        Assert.Equal((stage, job, "make"), (pipeline.Stages[0].Label, only.Label, Assert.Single(only.Steps).Script!.Text));
    }

    [Fact]
    public void Templates_are_recorded_and_conditional_insertions_are_read()
    {
        var pipeline = Parse("""
            extends:
              template: base.yml
            variables:
              ${{ if eq(variables['Build.Reason'], 'Manual') }}:
                system.debug: true
            jobs:
              - template: jobs/build.yml
              - job: a
                steps:
                  - template: steps/setup.yml@tools
                  - ${{ if true }}:
                      - script: inserted
            """);

        Assert.Equal(["jobs/build.yml", "steps/setup.yml@tools", "base.yml"], pipeline.Templates.Select(t => t.Text));
        Assert.Equal(("system.debug", 5), (pipeline.Variables.Single().Name, pipeline.Variables.Single().Value.Line));
        var job = Assert.Single(pipeline.Stages.Single().Jobs);
        Assert.Equal([AzureStepKind.Template, AzureStepKind.Script], job.Steps.Select(s => s.Kind));
        Assert.Equal("inserted", job.Steps[1].Script!.Text);
    }

    [Fact]
    public void Container_resources_are_aliases_jobs_can_name()
    {
        var pipeline = Parse("resources:\n  containers:\n    - container: sdk\n      image: mcr.microsoft.com/dotnet/sdk:10.0\njobs:\n  - job: a\n    container: sdk\n    steps: []\n");

        Assert.True(pipeline.IsContainerAlias("sdk"));
        Assert.False(pipeline.IsContainerAlias("node:22"));
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", pipeline.Containers.Single().Image.Text);
    }

    [Theory]
    [InlineData("steps:\n  - script: [\n  b: 1\n", 2)]
    [InlineData("steps:\n  - script: make\n   displayName: x\n", 3)]
    public void Invalid_yaml_is_a_parse_error_with_its_line(string yaml, int line)
    {
        var error = Assert.Throws<WorkflowParseException>(() => AzurePipelineParser.Parse(File(yaml)));

        Assert.Equal(line, error.Line);
    }
}
