using Rampart.Pipeline.Containers;

namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>RMP-P060: <c>include: remote:</c> (or a URL given as the include itself) without <c>integrity:</c>.</summary>
internal sealed class GitLabRemoteIncludeAudit : GitLabAudit
{
    public override void VisitInclude(GitLabPipeline pipeline, GitLabJob? job, GitLabInclude include, WorkflowFindings findings)
    {
        if (include.Kind != GitLabIncludeKind.Remote || include.Integrity is not null)
        {
            return;
        }

        var url = UrlCredentials.Redact(include.Target.Text.Trim());
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
        var plainHttp = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? ", over plain http," : string.Empty;
        var owner = job is null ? "this pipeline" : $"the child pipeline of {job.Label}";
        findings.Add(
            CiRules.GitLabRemoteIncludeWithoutIntegrity,
            include.Target.Location,
            $"Remote include {url} is fetched{plainHttp} without integrity: whoever controls {host} decides what {owner} runs",
            $"include {url}",
            [$"include remote {url}", "no integrity"]);
    }
}
