namespace Rampart.Pipeline.Ci.Azure.Audits;

/// <summary>RMP-P073: a secret-named variable with a literal value; the value is carried redacted.</summary>
internal sealed class AzureSecretVariableAudit : AzureAudit
{
    public override void VisitVariable(AzurePipeline pipeline, string scope, WorkflowEntry variable, WorkflowFindings findings)
    {
        var finding = LiteralSecretVariable.Check(
            CiRules.AzureLiteralSecretInVariables,
            findings.Path,
            scope,
            variable,
            Path.GetFileName(pipeline.Path),
            "make it a secret variable in the pipeline settings, a variable group or Key Vault instead");
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }
}
