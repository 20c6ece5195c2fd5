using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C027: libxmljs / libxmljs2 parsing with <c>noent: true</c> (entities substituted, so
/// <c>&lt;!ENTITY x SYSTEM "file:///etc/passwd"&gt;</c> is read) or <c>dtdload: true</c>. xml2js,
/// fast-xml-parser and xmldom do not resolve external entities and are not reported.
/// </summary>
internal sealed class XxeCheck : IJsCodeCheck
{
    private static readonly HashSet<string> Parsers = new(StringComparer.Ordinal) { "parseXml", "parseXmlString", "parseXmlAsync", "parseHtml", "parseXmlStringAsync", "fromXml" };

    public Rule Rule => CodeRules.XmlExternalEntities;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            if (!Parsers.Contains(call.Name) || call.Arguments.Count < 2)
            {
                continue;
            }

            foreach (var argument in call.Arguments.Skip(1))
            {
                var open = JsObjectLiteral.At(file, argument);
                if (open < 0)
                {
                    continue;
                }

                var option = JsObjectLiteral.Is(s, JsObjectLiteral.Property(s, open, "noent"), "true") ? "noent" : JsObjectLiteral.Is(s, JsObjectLiteral.Property(s, open, "dtdload"), "true") ? "dtdload" : null;
                if (option is null)
                {
                    continue;
                }

                var taint = file.Taint(call.Arguments[0]);
                yield return JsFinding.At(Rule, file, call.Start, $"`{call.Callee}` parses XML{(taint is null ? "" : $" from `{taint.Source}`")} with {option}: true, so external entities are read; drop the option", call.Callee, taint?.Source, call.Start, call.Close + 1);
                break;
            }
        }
    }
}
