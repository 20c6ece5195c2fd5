namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C027: lxml parsers created with <c>resolve_entities=True</c> or <c>no_network=False</c>, and
/// SAX parsers with <c>feature_external_ges</c>/<c>feature_external_pes</c> switched on. defusedxml is safe.
/// </summary>
internal sealed class XxeCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        if (call.LastName == "XMLParser" && canonical.StartsWith("lxml", StringComparison.Ordinal))
        {
            var setting = call.KeywordIs(flow.Tokens, "resolve_entities", "True") ? "resolve_entities=True"
                : call.KeywordIs(flow.Tokens, "no_network", "False") ? "no_network=False" : null;
            if (setting is not null)
            {
                flow.File.Report(CodeRules.XmlExternalEntities, call.Line, $"`{call.Callee}({setting})` lets a document's external entities read local files or call URLs", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
            }

            return;
        }

        if (call.LastName == "setFeature" && call.Arg(0) is { } feature && call.Arg(1) is { } value
            && flow.Text(feature) is var name && (name.EndsWith("feature_external_ges", StringComparison.Ordinal) || name.EndsWith("feature_external_pes", StringComparison.Ordinal)
                || name.Contains("external-general-entities", StringComparison.Ordinal) || name.Contains("external-parameter-entities", StringComparison.Ordinal))
            && value.End - value.Start == 1 && flow.Tokens[value.Start].Text is "True" or "1")
        {
            flow.File.Report(CodeRules.XmlExternalEntities, call.Line, $"`{call.Callee}({name[(name.LastIndexOf('.') + 1)..]}, True)` makes the SAX parser fetch external entities", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }
}
