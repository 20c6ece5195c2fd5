using Rampart.Core.Findings;
using Rampart.Pipeline.Containers;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Containers;

/// <summary>Dockerfiles and compose files whose findings are marked in the fixture (compose) or listed beside it (Dockerfile).</summary>
public sealed class ContainerAuditFixtureTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Containers")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Findings_match_the_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(Path.Combine(RepoPaths.Fixtures, "Containers", fixture), new ContainerAuditDetector());

    [Theory]
    [InlineData("s3cr3t-Passw0rd!")]
    [InlineData("supersecret")]
    [InlineData("change-me-in-prod-7d1f")]
    [InlineData("dev-only-npm-token-4f9a2c")]
    public async Task A_literal_secret_is_redacted_in_the_finding_and_masked_in_the_snippet(string secret)
    {
        var report = await FixtureScan.ScanAsync(Path.Combine(RepoPaths.Fixtures, "Containers", "node-api-insecure"), new ContainerAuditDetector());

        var finding = Assert.Single(report.Findings, f => f.Evidence is SecretEvidence { Secret: var s } && s.Sha256 == RedactedSecret.From(secret).Sha256);
        Assert.DoesNotContain(secret, finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.Snippet);
        Assert.All(report.Findings.SelectMany(f => f.Snippet?.Lines ?? []), line => Assert.DoesNotContain(secret, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Findings_point_at_the_offending_token_and_fingerprints_ignore_the_line()
    {
        using var tree = new TempTree().Write("Dockerfile", "FROM node:latest\nUSER node\n");
        using var moved = new TempTree().Write("Dockerfile", "# base image\n\nFROM node:latest\nUSER node\n");

        var finding = Assert.Single((await FixtureScan.ScanAsync(tree.Root, new ContainerAuditDetector())).Findings);
        var movedFinding = Assert.Single((await FixtureScan.ScanAsync(moved.Root, new ContainerAuditDetector())).Findings);

        Assert.Equal(("RMP-P051", 1, 6, 17), (finding.RuleId.Value, finding.Location.Line, finding.Location.Column, finding.Location.EndColumn));
        Assert.Equal("Base image node:latest uses :latest: each build may pull a different image; pin a version tag and a digest", finding.Message);
        Assert.IsType<PipelineEvidence>(finding.Evidence);
        Assert.Equal(3, movedFinding.Location.Line);
        Assert.Equal(finding.Fingerprint, movedFinding.Fingerprint);
    }

    [Fact]
    public async Task A_compose_file_that_is_not_yaml_is_a_warning_not_a_failure()
    {
        using var tree = new TempTree().Write("docker-compose.yml", "services:\n  db:\n    image: [postgres\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new ContainerAuditDetector());

        Assert.Empty(report.Findings);
        Assert.Contains(report.Warnings, w => w.Path == "docker-compose.yml" && w.Message.StartsWith("not valid YAML", StringComparison.Ordinal));
        Assert.False(report.Incomplete);
    }

    [Theory]
    [InlineData("FROM ${BASE_IMAGE}\nUSER app\n")]
    [InlineData("ARG TAG=22-alpine\nFROM node:${TAG}\nUSER node\n")]
    [InlineData("FROM scratch AS empty\nFROM gcr.io/distroless/nodejs22-debian12:nonroot\n")]
    [InlineData("FROM cgr.dev/chainguard/python:latest@sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\n")]
    [InlineData("FROM node:22 AS build\nUSER node\nFROM build\n")]
    public async Task Clean_dockerfiles_have_no_findings(string dockerfile)
    {
        using var tree = new TempTree().Write("Dockerfile", dockerfile);

        var report = await FixtureScan.ScanAsync(tree.Root, new ContainerAuditDetector());

        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task Dockerfiles_in_node_modules_are_not_audited()
    {
        using var tree = new TempTree().Write("node_modules/some-pkg/Dockerfile", "FROM node\n").Write("deploy/api.Dockerfile", "FROM node\nUSER node\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new ContainerAuditDetector());

        Assert.Equal(["RMP-P051 medium deploy/api.Dockerfile:1"], report.Findings.Select(FixtureScan.Describe));
    }
}
