namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// Base of every audit: the walker calls <see cref="VisitWorkflow"/> once, then
/// <see cref="VisitJob"/> for each job and <see cref="VisitStep"/> for each of its steps. An
/// audit overrides only the levels it looks at.
/// </summary>
internal abstract class WorkflowAudit
{
    public virtual void VisitWorkflow(Workflow workflow, WorkflowFindings findings)
    {
    }

    public virtual void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
    }

    public virtual void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
    }

    /// <summary>Runs <paramref name="audits"/> over one workflow, in document order.</summary>
    public static void Walk(Workflow workflow, IEnumerable<WorkflowAudit> audits, WorkflowFindings findings)
    {
        foreach (var audit in audits)
        {
            audit.VisitWorkflow(workflow, findings);
            foreach (var job in workflow.Jobs)
            {
                audit.VisitJob(workflow, job, findings);
                foreach (var step in job.Steps)
                {
                    audit.VisitStep(workflow, job, step, findings);
                }
            }
        }
    }
}
