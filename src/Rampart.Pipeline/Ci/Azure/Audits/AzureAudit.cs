namespace Rampart.Pipeline.Ci.Azure.Audits;

/// <summary>
/// Base of every Azure Pipelines audit. The walker visits the pipeline, then each stage, job
/// and step, and every variable where it is defined. An audit overrides only what it looks at.
/// </summary>
internal abstract class AzureAudit
{
    public virtual void VisitPipeline(AzurePipeline pipeline, WorkflowFindings findings)
    {
    }

    public virtual void VisitStage(AzurePipeline pipeline, AzureStage stage, WorkflowFindings findings)
    {
    }

    public virtual void VisitJob(AzurePipeline pipeline, AzureJob job, WorkflowFindings findings)
    {
    }

    public virtual void VisitStep(AzurePipeline pipeline, AzureJob job, AzureStep step, WorkflowFindings findings)
    {
    }

    /// <param name="scope">Where the variable is defined: "the pipeline", "stage build", "job test".</param>
    public virtual void VisitVariable(AzurePipeline pipeline, string scope, WorkflowEntry variable, WorkflowFindings findings)
    {
    }

    /// <summary>Runs <paramref name="audits"/> over one file, in document order.</summary>
    public static void Walk(AzurePipeline pipeline, IEnumerable<AzureAudit> audits, WorkflowFindings findings)
    {
        foreach (var audit in audits)
        {
            audit.VisitPipeline(pipeline, findings);
            VisitVariables(audit, pipeline, "the pipeline", pipeline.Variables, findings);
            foreach (var stage in pipeline.Stages)
            {
                audit.VisitStage(pipeline, stage, findings);
                VisitVariables(audit, pipeline, stage.Label, stage.Variables, findings);
                foreach (var job in stage.Jobs)
                {
                    audit.VisitJob(pipeline, job, findings);
                    VisitVariables(audit, pipeline, job.Label, job.Variables, findings);
                    foreach (var step in job.Steps)
                    {
                        audit.VisitStep(pipeline, job, step, findings);
                    }
                }
            }
        }
    }

    private static void VisitVariables(AzureAudit audit, AzurePipeline pipeline, string scope, IReadOnlyList<WorkflowEntry> variables, WorkflowFindings findings)
    {
        foreach (var variable in variables)
        {
            audit.VisitVariable(pipeline, scope, variable, findings);
        }
    }
}
