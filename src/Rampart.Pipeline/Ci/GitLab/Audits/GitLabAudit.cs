namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>
/// Base of every GitLab audit. The walker visits the pipeline, its includes, its variables, then
/// each job with its variables, its child pipeline's includes and its script lines. An audit
/// overrides only what it looks at.
/// </summary>
internal abstract class GitLabAudit
{
    public virtual void VisitPipeline(GitLabPipeline pipeline, WorkflowFindings findings)
    {
    }

    /// <param name="job">The job whose <c>trigger:</c> has the include; null for the pipeline's own.</param>
    public virtual void VisitInclude(GitLabPipeline pipeline, GitLabJob? job, GitLabInclude include, WorkflowFindings findings)
    {
    }

    /// <param name="job">The job that sets the variable; null for the pipeline's <c>variables:</c> and <c>workflow: rules:</c>.</param>
    public virtual void VisitVariable(GitLabPipeline pipeline, GitLabJob? job, WorkflowEntry variable, WorkflowFindings findings)
    {
    }

    public virtual void VisitJob(GitLabPipeline pipeline, GitLabJob job, WorkflowFindings findings)
    {
    }

    public virtual void VisitScriptLine(GitLabPipeline pipeline, GitLabJob job, GitLabScriptLine line, WorkflowFindings findings)
    {
    }

    /// <summary>How findings name where a variable is set.</summary>
    protected static string ScopeOf(GitLabJob? job) => job?.Label ?? "the pipeline";

    /// <summary>Runs <paramref name="audits"/> over one file, in document order.</summary>
    public static void Walk(GitLabPipeline pipeline, IEnumerable<GitLabAudit> audits, WorkflowFindings findings)
    {
        foreach (var audit in audits)
        {
            audit.VisitPipeline(pipeline, findings);
            foreach (var include in pipeline.Includes)
            {
                audit.VisitInclude(pipeline, null, include, findings);
            }

            foreach (var variable in pipeline.Variables)
            {
                audit.VisitVariable(pipeline, null, variable, findings);
            }

            foreach (var job in pipeline.Jobs)
            {
                audit.VisitJob(pipeline, job, findings);
                foreach (var include in job.TriggerIncludes)
                {
                    audit.VisitInclude(pipeline, job, include, findings);
                }

                foreach (var variable in job.Variables)
                {
                    audit.VisitVariable(pipeline, job, variable, findings);
                }

                foreach (var line in job.Scripts)
                {
                    audit.VisitScriptLine(pipeline, job, line, findings);
                }
            }
        }
    }
}
