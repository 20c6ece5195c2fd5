using Rampart.Core.Scanning;
using Rampart.Pipeline;
using Rampart.Pipeline.Workflows;

namespace Rampart.Tests.Pipeline.Workflows;

/// <summary>The typed workflow model: shapes GitHub accepts, and positions kept for every node.</summary>
public sealed class WorkflowParserTests
{
    private static Workflow Parse(string yaml) =>
        WorkflowParser.Parse(new FileText(new RepoFile(".github/workflows/ci.yml", "/repo/.github/workflows/ci.yml", yaml.Length), yaml))
        ?? throw new InvalidOperationException("no workflow");

    [Theory]
    [InlineData("on: push\njobs: {}\n", new[] { "push" })]
    [InlineData("on: [push, pull_request]\njobs: {}\n", new[] { "push", "pull_request" })]
    [InlineData("on:\n  - push\n  - workflow_dispatch\njobs: {}\n", new[] { "push", "workflow_dispatch" })]
    [InlineData("on:\n  push:\n    branches: [main]\n  pull_request_target:\njobs: {}\n", new[] { "push", "pull_request_target" })]
    public void On_as_a_string_a_list_or_a_map_names_the_triggers(string yaml, string[] expected)
    {
        var workflow = Parse(yaml);

        Assert.Equal(expected, workflow.Triggers.Select(t => t.Text));
    }

    [Fact]
    public void Every_value_keeps_its_line_and_column()
    {
        var workflow = Parse("""
            name: ci
            on:
              pull_request:
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4 # pinned later
                  - name: Test
                    run: |
                      npm ci
                      npm test
            """);

        var trigger = Assert.Single(workflow.Triggers);
        Assert.Equal((3, 3), (trigger.Location.Line, trigger.Location.Column));
        var job = Assert.Single(workflow.Jobs);
        Assert.Equal(("build", 5, 3), (job.Id.Text, job.Id.Line, job.Id.Location.Column));
        var checkout = job.Steps[0].Uses!;
        Assert.Equal((8, 15, 8, 34), (checkout.Value.Location.Line, checkout.Value.Location.Column, checkout.Value.Location.EndLine, checkout.Value.Location.EndColumn));
        Assert.Equal(("actions/checkout", "v4", "pinned later"), (checkout.Target, checkout.Ref, checkout.Comment));
        var run = job.Steps[1].Run!;
        Assert.Equal("npm ci\nnpm test", run.Text.TrimEnd('\n'));
        Assert.Equal((10, 14, 12, 19), (run.Location.Line, run.Location.Column, run.Location.EndLine, run.Location.EndColumn));
    }

    [Fact]
    public void Aliases_resolve_to_the_anchored_values_and_their_position()
    {
        var workflow = Parse("""
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                env: &shared
                  TOKEN: ${{ secrets.NPM_TOKEN }}
                steps:
                  - run: make
              b:
                runs-on: ubuntu-latest
                env: *shared
                steps:
                  - run: make
            """);

        var shared = Assert.Single(workflow.Jobs[1].Env);
        Assert.Equal(("TOKEN", 6, 14), (shared.Name, shared.Value.Line, shared.Value.Location.Column));
    }

    [Fact]
    public void Jobs_steps_and_their_settings_are_typed()
    {
        var workflow = Parse("""
            on: pull_request
            permissions:
              contents: read
              pull-requests: write
            jobs:
              test:
                runs-on: [self-hosted, linux]
                timeout-minutes: 10
                environment:
                  name: staging
                container:
                  image: node:22
                services:
                  db:
                    image: postgres
                steps:
                  - uses: docker://alpine@sha256:0123
                  - uses: ./.github/actions/setup
                    with:
                      persist-credentials: false
                    env:
                      A: b
                    shell: bash
              call:
                uses: org/repo/.github/workflows/x.yml@0123456789abcdef0123456789abcdef01234567
                secrets: inherit
            """);

        Assert.Equal(["pull-requests"], workflow.Permissions!.WriteScopes.Select(s => s.Name));
        var test = workflow.Jobs[0];
        Assert.Equal(["self-hosted", "linux"], test.RunsOn.Select(l => l.Text));
        Assert.Equal(("10", "staging"), (test.TimeoutMinutes!.Text, test.Environment!.Text));
        Assert.Equal(["container node:22", "service db postgres"], test.Images.Select(i => $"{i.Role} {i.Image.Text}"));
        Assert.Equal([ActionReferenceKind.Docker, ActionReferenceKind.Local], test.Steps.Select(s => s.Uses!.Kind));
        Assert.True(test.Steps.All(s => s.Uses!.IsImmutable));
        Assert.Equal(("false", "b", "bash"), (test.Steps[1].Input("persist-credentials")!.Text, test.Steps[1].Env[0].Value.Text, test.Steps[1].Shell!.Text));
        var call = workflow.Jobs[1];
        Assert.True(call.IsReusableWorkflowCall);
        Assert.True(call.Uses!.IsImmutable);
        Assert.Equal("inherit", call.Secrets!.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- a list\n- not a workflow\n")]
    public void A_file_with_nothing_to_run_is_no_workflow(string yaml)
    {
        var file = new FileText(new RepoFile(".github/workflows/x.yml", "/x", 0), yaml);

        Assert.Null(WorkflowParser.Parse(file));
    }

    [Theory]
    [InlineData("on: push\njobs:\n  a:\n    steps: [\n  b: 1\n", 4)]
    [InlineData("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n   steps: []\n", 5)]
    [InlineData("on: push\non: pull_request\n", 2)]
    [InlineData("on: push\njobs: *missing\n", 2)]
    public void Invalid_yaml_is_a_parse_error_with_its_line(string yaml, int line)
    {
        var file = new FileText(new RepoFile(".github/workflows/x.yml", "/x", 0), yaml);

        var error = Assert.Throws<WorkflowParseException>(() => WorkflowParser.Parse(file));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"line {line}, column ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actions/checkout@v4", "Repository", "actions/checkout", "v4", true, false)]
    [InlineData("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "Repository", "actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", true, true)]
    [InlineData("github/codeql-action/init@v3", "Repository", "github/codeql-action/init", "v3", true, false)]
    [InlineData("tj-actions/changed-files@v45", "Repository", "tj-actions/changed-files", "v45", false, false)]
    [InlineData("owner/repo", "Repository", "owner/repo", null, false, false)]
    [InlineData("./.github/actions/build", "Local", "./.github/actions/build", null, false, true)]
    [InlineData("docker://ghcr.io/org/tool:1.2", "Docker", "ghcr.io/org/tool:1.2", null, false, false)]
    [InlineData("docker://alpine@sha256:abc", "Docker", "alpine", "sha256:abc", false, true)]
    public void Uses_values_are_parsed_into_kind_target_and_ref(string uses, string kind, string target, string? gitRef, bool firstParty, bool immutable)
    {
        var step = Parse($"on: push\njobs:\n  a:\n    steps:\n      - uses: {uses}\n").Jobs[0].Steps[0];

        var reference = step.Uses!;
        Assert.Equal((kind, target, gitRef, firstParty, immutable), (reference.Kind.ToString(), reference.Target, reference.Ref, reference.IsFirstParty, reference.IsImmutable));
    }
}
