using Rampart.Core.Scanning;
using Rampart.Pipeline;
using Rampart.Pipeline.Containers.Dockerfiles;

namespace Rampart.Tests.Pipeline.Containers;

public sealed class DockerfileParserTests
{
    private static DockerfileDocument Parse(string text) => DockerfileParser.Parse(new FileText(new RepoFile("Dockerfile", "/x/Dockerfile", text.Length), text));

    [Fact]
    public void Continuations_are_joined_and_comment_lines_inside_them_dropped()
    {
        var dockerfile = Parse("FROM alpine:3.20\nRUN apk add \\\n# the shell\n    bash \\\n\n    curl\nUSER app\n");

        var run = dockerfile.Stages[0].Instructions[0];
        Assert.Equal(("RUN", "apk add     bash     curl", 2), (run.Keyword, run.Arguments, run.Line));
        Assert.Equal(7, dockerfile.Stages[0].Instructions[1].Line);
    }

    [Fact]
    public void Heredoc_bodies_belong_to_their_instruction()
    {
        var dockerfile = Parse("FROM alpine:3.20\nRUN <<-SCRIPT bash\n\tset -e\n\techo hi\n\tSCRIPT\nCMD [\"sh\"]\n");

        var run = dockerfile.Stages[0].Instructions[0];
        Assert.Equal("<<-SCRIPT bash\n\tset -e\n\techo hi", run.Arguments);
        Assert.Equal(("CMD", 6), (dockerfile.Stages[0].Instructions[1].Keyword, dockerfile.Stages[0].Instructions[1].Line));
    }

    [Fact]
    public void The_escape_directive_changes_the_continuation_character()
    {
        var dockerfile = Parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\ `\n    && echo done\n");

        Assert.Equal("dir C:\\     && echo done", dockerfile.Stages[0].Instructions[0].Arguments);
    }

    [Fact]
    public void Stages_keep_their_image_and_name_and_global_args_stay_apart()
    {
        var dockerfile = Parse("ARG BASE=node:22\nFROM --platform=$BUILDPLATFORM ${BASE} AS build\nRUN npm ci\nfrom build as final\n");

        Assert.Equal(["ARG"], dockerfile.GlobalArguments.Select(i => i.Keyword));
        Assert.Equal([("${BASE}", "build"), ("build", "final")], dockerfile.Stages.Select(s => (s.Image, s.Name!)));
        Assert.Equal("node:22", dockerfile.ResolveImage("${BASE}"));
        Assert.Null(dockerfile.ResolveImage("${UNSET}"));
        Assert.Equal("node:20", dockerfile.ResolveImage("node:${UNSET:-20}"));
    }

    [Theory]
    [InlineData("ENV A=1 B=\"two words\"", "A=1|B=two words")]
    [InlineData("ENV LEGACY value with spaces", "LEGACY=value with spaces")]
    [InlineData("ARG TOKEN", "TOKEN=")]
    [InlineData("ARG A=1 B", "A=1|B=")]
    public void Env_and_arg_declare_variables(string line, string expected)
    {
        var instruction = Parse($"FROM alpine:3.20\n{line}\n").Stages[0].Instructions[0];

        Assert.Equal(expected, string.Join('|', DockerKeyValues.Parse(instruction).Select(p => $"{p.Name}={p.Value}")));
    }

    [Theory]
    [InlineData("node", "node", null, null)]
    [InlineData("node:latest", "node", "latest", null)]
    [InlineData("localhost:5000/team/app", "localhost:5000/team/app", null, null)]
    [InlineData("ghcr.io/org/app:1.2@sha256:abc", "ghcr.io/org/app", "1.2", "sha256:abc")]
    public void Image_references_split_into_name_tag_and_digest(string reference, string name, string? tag, string? digest) =>
        Assert.Equal(new DockerImageReference(name, tag, digest), DockerImageReference.Parse(reference));
}
