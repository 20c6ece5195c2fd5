namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C025: <c>pickle</c>/<c>dill</c>/<c>marshal</c>/<c>jsonpickle</c>/<c>shelve</c>/<c>pandas.read_pickle</c>/<c>joblib</c>
/// on request data, and <c>yaml.load</c>/<c>load_all</c> with no loader or an unsafe one
/// (<c>Loader</c>, <c>UnsafeLoader</c>, <c>CLoader</c>) and <c>yaml.unsafe_load</c> whatever the data.
/// </summary>
internal sealed class UnsafeDeserializationCheck : IPythonCheck
{
    private static readonly HashSet<string> CodeRunning =
    [
        "pickle.loads", "pickle.load", "cPickle.loads", "cPickle.load", "_pickle.loads", "_pickle.load", "dill.loads", "dill.load", "marshal.loads",
        "marshal.load", "jsonpickle.decode", "shelve.open", "pandas.read_pickle", "joblib.load", "cloudpickle.loads", "cloudpickle.load", "torch.load",
    ];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        if (CodeRunning.Contains(canonical) || (canonical.EndsWith(".read_pickle", StringComparison.Ordinal) && call.Receiver is "pd"))
        {
            if (flow.Taint(call.Arg(0)) is { } taint)
            {
                flow.File.Report(CodeRules.UnsafeDeserialization, call.Line, $"{taint.Display} is deserialised by `{call.Callee}(...)`, which can run code from the data", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
            }

            return;
        }

        if (canonical is "yaml.unsafe_load" or "yaml.unsafe_load_all"
            || (canonical is "yaml.load" or "yaml.load_all" && UnsafeLoader(call, flow)))
        {
            var loader = call.Arg(1, "Loader") is { } l ? flow.Text(l) : "no Loader";
            flow.File.Report(CodeRules.UnsafeDeserialization, call.Line, $"`{call.Callee}(...)` with {loader} can build arbitrary Python objects; use yaml.safe_load", call.Callee, flow.Taint(call.Arg(0))?.Source, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }

    private static bool UnsafeLoader(PyCallSite call, PyFlow flow)
    {
        if (call.Arg(1, "Loader") is not { } loader)
        {
            return true;
        }

        var name = flow.Text(loader);
        name = name[(name.LastIndexOf('.') + 1)..];
        return name is "Loader" or "UnsafeLoader" or "CLoader" or "CUnsafeLoader";
    }
}
