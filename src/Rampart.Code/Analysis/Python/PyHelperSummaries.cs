using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// What the same file's helper functions return: the caller's argument in another form
/// (<c>def build_query(name): return f"... {name}"</c>), request data of their own
/// (<c>def search_term(): return request.args["q"]</c>), or something clean. Computed once per
/// function by walking it with its parameters marked.
/// </summary>
internal sealed class PyHelperSummaries
{
    /// <summary>The source of a summary meaning "whatever the caller passed in".</summary>
    public const string PropagatesMarker = "\u0001argument";

    private readonly Dictionary<PyDefinition, PyTaint?> _summaries = [];
    private readonly HashSet<PyDefinition> _inProgress = [];

    /// <summary>The taint a call to a local helper gives, or null when the callee is not a helper of this file (or returns clean data).</summary>
    public PyTaint? Result(PythonFile file, PyCallSiteRef call, PyDefinition? owner)
    {
        var definition = Resolve(file, call.Callee, owner);
        if (definition is null || !_inProgress.Add(definition))
        {
            return null;
        }

        try
        {
            if (!_summaries.TryGetValue(definition, out var summary))
            {
                summary = new PyFlowWalker(file, [], this).Summarize(definition);
                _summaries[definition] = summary;
            }

            return summary;
        }
        finally
        {
            _inProgress.Remove(definition);
        }
    }

    private static PyDefinition? Resolve(PythonFile file, string callee, PyDefinition? owner)
    {
        if (!callee.Contains('.', StringComparison.Ordinal))
        {
            return file.Module.TopLevel(callee) is { IsClass: false } function ? function : null;
        }

        return callee.StartsWith("self.", StringComparison.Ordinal) && owner is not null && callee.Count(c => c == '.') == 1
            ? file.Module.Method(owner, callee[5..])
            : null;
    }
}
