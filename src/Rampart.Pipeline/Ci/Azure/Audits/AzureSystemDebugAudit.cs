namespace Rampart.Pipeline.Ci.Azure.Audits;

/// <summary>RMP-P072: <c>system.debug: true</c> in any <c>variables:</c> (names are case-insensitive in Azure).</summary>
internal sealed class AzureSystemDebugAudit : AzureAudit
{
    public override void VisitVariable(AzurePipeline pipeline, string scope, WorkflowEntry variable, WorkflowFindings findings)
    {
        if (!variable.Name.Trim().Equals("system.debug", StringComparison.OrdinalIgnoreCase) || !variable.Value.TextEquals("true"))
        {
            return;
        }

        findings.Add(
            CiRules.AzureSystemDebugEnabled,
            variable.Value.Location,
            $"{variable.Name} is true for {scope}: every run writes diagnostic logs with task inputs and environment, readable by everyone who can see the pipeline",
            $"{scope}: system.debug",
            [scope, $"{variable.Name}: {variable.Value.Text}"]);
    }
}
