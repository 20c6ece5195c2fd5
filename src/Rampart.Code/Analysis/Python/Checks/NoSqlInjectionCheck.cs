using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C021: a filter of pymongo/motor (<c>find</c>, <c>find_one</c>, <c>update_one</c>,
/// <c>delete_many</c>...) that is, or holds, a value parsed from a JSON body (which can be an
/// operator object such as <c>{"$ne": null}</c>), or a <c>$where</c> built from request data.
/// Form fields, query strings and typed model fields are strings, not operators.
/// </summary>
internal sealed class NoSqlInjectionCheck : IPythonCheck
{
    private static readonly HashSet<string> Queries =
    [
        "find", "find_one", "find_one_and_update", "find_one_and_delete", "find_one_and_replace", "update_one", "update_many", "delete_one",
        "delete_many", "count_documents", "replace_one", "distinct", "aggregate",
    ];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (!Queries.Contains(call.LastName) || call.Receiver.Length == 0 || call.Arg(0, "filter") is not { } filter)
        {
            return;
        }

        if (Where(flow, filter) is { } where)
        {
            flow.File.Report(CodeRules.NoSqlInjection, call.Line, $"{where.Display} is used in a `$where` JavaScript expression passed to `{call.Callee}(...)`", call.Callee, where.Source, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }

        if (flow.Taint(filter) is { Structured: true } taint)
        {
            flow.File.Report(CodeRules.NoSqlInjection, call.Line, $"{taint.Display} (parsed JSON, possibly an operator object) is used in the filter of `{call.Callee}(...)`", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }

    private static PyTaint? Where(PyFlow flow, PyArgRange filter)
    {
        var tokens = flow.Tokens;
        if (PyExprParser.Parse(tokens, filter.Start, filter.End) is not PyDict dict)
        {
            return null;
        }

        foreach (var (key, value) in dict.Entries)
        {
            if (key is PyString { Value: "$where" } && flow.Taint(value.Start, value.End) is { } taint)
            {
                return taint;
            }
        }

        return null;
    }
}
