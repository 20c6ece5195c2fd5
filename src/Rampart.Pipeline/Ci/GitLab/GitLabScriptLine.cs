namespace Rampart.Pipeline.Ci.GitLab;

/// <summary>One entry of a job's <c>script</c>, <c>before_script</c> or <c>after_script</c> (<see cref="Section"/>); a block scalar is one entry of several lines.</summary>
internal sealed record GitLabScriptLine(string Section, WorkflowValue Command);
