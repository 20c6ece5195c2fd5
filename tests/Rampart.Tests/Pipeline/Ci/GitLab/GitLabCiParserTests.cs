using Rampart.Core.Scanning;
using Rampart.Pipeline;
using Rampart.Pipeline.Ci.GitLab;

namespace Rampart.Tests.Pipeline.Ci.GitLab;

/// <summary>The typed GitLab model: the shapes GitLab accepts, positions kept, and YAML features tolerated.</summary>
public sealed class GitLabCiParserTests
{
    private static FileText File(string yaml) => new(new RepoFile(".gitlab-ci.yml", "/repo/.gitlab-ci.yml", yaml.Length), yaml);

    private static GitLabPipeline Parse(string yaml) => GitLabCiParser.Parse(File(yaml)) ?? throw new InvalidOperationException("no pipeline");

    [Fact]
    public void Jobs_images_scripts_and_variables_keep_their_line_and_column()
    {
        var pipeline = Parse("""
            stages: [test]
            variables:
              GLOBAL: "1"
            test:
              image: node:22
              services:
                - postgres:16
                - name: redis:7
                  alias: cache
              variables:
                JOB: two
              before_script:
                - npm ci
              script:
                - npm test
                - |
                  npm run lint
                  npm run e2e
            """);

        Assert.Equal(["GLOBAL"], pipeline.Variables.Select(v => v.Name));
        var job = Assert.Single(pipeline.Jobs);
        Assert.Equal(("test", "job test"), (job.Name, job.Label));
        Assert.Equal(["image node:22", "service postgres:16", "service redis:7"], job.Images.Select(i => $"{i.Role} {i.Image.Text}"));
        Assert.Equal((5, 10, 5, 17), (job.Images[0].Image.Location.Line, job.Images[0].Image.Location.Column, job.Images[0].Image.Location.EndLine, job.Images[0].Image.Location.EndColumn));
        Assert.Equal(["before_script", "script", "script"], job.Scripts.Select(s => s.Section));
        var block = job.Scripts[2].Command;
        Assert.Equal("npm run lint\nnpm run e2e", block.Text.TrimEnd());
        Assert.Equal((16, 7, 18, 18), (block.Location.Line, block.Location.Column, block.Location.EndLine, block.Location.EndColumn));
        Assert.Equal(("JOB", "two", 11, 10), (job.Variables[0].Name, job.Variables[0].Value.Text, job.Variables[0].Value.Line, job.Variables[0].Value.Location.Column));
    }

    [Fact]
    public void Defaults_gather_the_default_block_and_the_old_top_level_keywords()
    {
        var pipeline = Parse("""
            image: ruby:3.3
            before_script: [bundle install]
            default:
              services: [postgres:16]
              after_script:
                - echo done
            build:
              script: make
            """);

        var defaults = pipeline.Jobs[0];
        Assert.True(defaults.IsDefaults);
        Assert.Equal("the defaults", defaults.Label);
        Assert.Equal(["ruby:3.3", "postgres:16"], defaults.Images.Select(i => i.Image.Text));
        Assert.Equal(["bundle install", "echo done"], defaults.Scripts.Select(s => s.Command.Text));
        Assert.Equal(["default", "build"], pipeline.Jobs.Select(j => j.Name));
    }

    [Fact]
    public void Anchors_merge_keys_extends_and_references_are_read_without_error()
    {
        var pipeline = Parse("""
            .base: &base
              image: node:22
              variables: &vars
                MODE: ci
            .setup:
              script:
                - npm ci
            test:
              <<: *base
              extends: [.setup]
              variables: *vars
              script:
                - !reference [.setup, script]
                - npm test
            """);

        var test = pipeline.Jobs.Single(j => j.Name == "test");
        Assert.Equal(["node:22"], test.Images.Select(i => i.Image.Text));
        Assert.Equal(2, test.Images[0].Image.Line);
        Assert.Equal(("MODE", 4), (test.Variables[0].Name, test.Variables[0].Value.Line));
        Assert.Equal([".setup"], test.Extends.Select(e => e.Text));
        Assert.Equal(["npm test"], test.Scripts.Select(s => s.Command.Text));
        Assert.True(pipeline.Jobs.Single(j => j.Name == ".base").IsTemplate);
    }

    [Fact]
    public void Include_entries_are_read_in_every_form()
    {
        var pipeline = Parse("""
            include:
              - /ci/a.yml
              - https://example.com/b.yml
              - local: ci/c.yml
              - remote: https://example.com/d.yml
                integrity: sha256-abc=
              - project: group/tools
                ref: v1.2.0
                file: [/x.yml, /y.yml]
              - template: Auto-DevOps.gitlab-ci.yml
              - component: gitlab.com/org/comp/name@1.0.0
            child:
              trigger:
                include: ci/child.yml
            """);

        Assert.Equal(
            ["Local /ci/a.yml", "Remote https://example.com/b.yml", "Local ci/c.yml", "Remote https://example.com/d.yml", "Project group/tools", "Template Auto-DevOps.gitlab-ci.yml", "Component gitlab.com/org/comp/name@1.0.0"],
            pipeline.Includes.Select(i => $"{i.Kind} {i.Target.Text}"));
        Assert.Equal("sha256-abc=", pipeline.Includes[3].Integrity!.Text);
        Assert.Equal(("v1.2.0", 2), (pipeline.Includes[4].Ref!.Text, pipeline.Includes[4].Files.Count));
        Assert.Equal("1.0.0", pipeline.Includes[6].ComponentVersion);
        Assert.Equal(["ci/child.yml"], pipeline.Jobs.Single().TriggerIncludes.Select(i => i.Target.Text));
    }

    [Fact]
    public void A_single_include_and_a_spec_header_are_understood()
    {
        var pipeline = Parse("""
            spec:
              inputs:
                stage:
                  default: test
            ---
            include: https://example.com/one.yml
            scan:
              stage: $[[ inputs.stage ]]
              script: ./scan.sh
            """);

        Assert.Equal(GitLabIncludeKind.Remote, Assert.Single(pipeline.Includes).Kind);
        Assert.Equal("scan", Assert.Single(pipeline.Jobs).Name);
        Assert.Equal(6, pipeline.Includes[0].Target.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- a list\n")]
    public void A_file_with_nothing_to_run_is_no_pipeline(string yaml) => Assert.Null(GitLabCiParser.Parse(File(yaml)));

    [Theory]
    [InlineData("build:\n  script: [\n  b: 1\n", 2)]
    [InlineData("build:\n  image: node\n   script: make\n", 3)]
    [InlineData("build:\n  <<: *missing\n", 2)]
    public void Invalid_yaml_is_a_parse_error_with_its_line(string yaml, int line)
    {
        var error = Assert.Throws<WorkflowParseException>(() => GitLabCiParser.Parse(File(yaml)));

        Assert.Equal(line, error.Line);
    }
}
