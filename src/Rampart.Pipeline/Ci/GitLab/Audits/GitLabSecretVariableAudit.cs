namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>RMP-P066: a secret-named variable with a literal value; the value is carried redacted.</summary>
internal sealed class GitLabSecretVariableAudit : GitLabAudit
{
    public override void VisitVariable(GitLabPipeline pipeline, GitLabJob? job, WorkflowEntry variable, WorkflowFindings findings)
    {
        var finding = LiteralSecretVariable.Check(
            CiRules.GitLabLiteralSecretInVariables,
            findings.Path,
            ScopeOf(job),
            variable,
            Path.GetFileName(pipeline.Path),
            "define it as a masked, protected CI/CD variable in the project settings instead");
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }
}
