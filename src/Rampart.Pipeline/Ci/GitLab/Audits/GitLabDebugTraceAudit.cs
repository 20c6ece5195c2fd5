namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>RMP-P064: <c>CI_DEBUG_TRACE</c> or <c>CI_DEBUG_SERVICES</c> set to <c>true</c> in any <c>variables:</c>, rules included.</summary>
internal sealed class GitLabDebugTraceAudit : GitLabAudit
{
    public override void VisitVariable(GitLabPipeline pipeline, GitLabJob? job, WorkflowEntry variable, WorkflowFindings findings)
    {
        if (variable.Name is not ("CI_DEBUG_TRACE" or "CI_DEBUG_SERVICES") || !variable.Value.TextEquals("true"))
        {
            return;
        }

        var prints = variable.Name == "CI_DEBUG_TRACE" ? "every command with its variables expanded" : "the services' output and environment";
        var scope = ScopeOf(job);
        findings.Add(
            CiRules.GitLabDebugTraceEnabled,
            variable.Value.Location,
            $"{variable.Name} is true for {scope}: the job log shows {prints}, masked secrets included, to everyone who can read it",
            $"{scope}: {variable.Name}",
            [scope, $"{variable.Name}: {variable.Value.Text}"]);
    }
}
