namespace Rampart.Pipeline;

/// <summary>A workflow or dependabot file that is not valid YAML; becomes a scan warning, never a crash.</summary>
internal sealed class WorkflowParseException(int line, int column, string problem)
    : Exception($"line {line}, column {column}: {problem}")
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Problem { get; } = problem;
}
