using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// One code rule for Python. The flow walker visits every call, assignment and statement of
/// every function (and of module and class bodies) with the taint state at that point; a check
/// overrides the visits it needs.
/// </summary>
internal interface IPythonCheck
{
    /// <summary>A def, before its body is walked; the flow holds its parameters' taint.</summary>
    void VisitFunction(PyDefinition function, PyFlow flow)
    {
    }

    void VisitCall(PyCallSite call, PyFlow flow)
    {
    }

    void VisitAssignment(PyAssignmentSite assignment, PyFlow flow)
    {
    }

    /// <summary>Any simple statement or compound-statement header, as a token range [start, end).</summary>
    void VisitStatement(int start, int end, PyFlow flow)
    {
    }
}
