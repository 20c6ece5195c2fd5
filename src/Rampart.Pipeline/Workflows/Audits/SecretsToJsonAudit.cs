using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P029: <c>toJSON(secrets)</c> in any expression of the workflow.</summary>
internal sealed partial class SecretsToJsonAudit : WorkflowAudit
{
    public override void VisitWorkflow(Workflow workflow, WorkflowFindings findings)
    {
        foreach (var expression in workflow.Scalars.SelectMany(WorkflowExpression.In))
        {
            if (!AllSecrets().IsMatch(expression.Body))
            {
                continue;
            }

            findings.Add(
                WorkflowRules.AllSecretsSerialized,
                expression.Location,
                $"{expression.Written} hands every secret of the job to whatever reads this value",
                $"toJSON(secrets) {expression.Body}",
                [$"expression {expression.Body}"]);
        }
    }

    [GeneratedRegex(@"\btoJSON\s*\(\s*secrets\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllSecrets();
}
