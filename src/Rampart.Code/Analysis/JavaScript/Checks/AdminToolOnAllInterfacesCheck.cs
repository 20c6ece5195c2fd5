using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C045: an admin, debug or metrics server bound to every interface: <c>listen(port, '0.0.0.0' | '::')</c>
/// or <c>listen({ host: '0.0.0.0' })</c> on a server whose name (or file) says admin, debug, metrics,
/// internal, management, dashboard, inspector; and the Node inspector opened on all interfaces in an
/// npm script (<c>--inspect=0.0.0.0</c>), which hands out code execution. The public app listening on
/// 0.0.0.0 (as every container does) is not a finding.
/// </summary>
internal sealed class AdminToolOnAllInterfacesCheck : IJsCodeCheck
{
    private static readonly string[] AdminWords = ["admin", "debug", "debugger", "metrics", "internal", "management", "manage", "dashboard", "inspector", "monitor", "monitoring", "prometheus", "ops", "backoffice"];

    public Rule Rule => CodeRules.AdminToolOnAllInterfaces;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        var adminFile = SensitiveNames.Words(file.Path.Replace('/', ' ')).Any(w => AdminWords.Contains(w));
        foreach (var call in file.Calls)
        {
            if (call.Name != "listen" || call.Parts.Count < 2 || !BindsAll(file, call))
            {
                continue;
            }

            var receiverWords = SensitiveNames.Words(call.Receiver);
            if (!adminFile && !receiverWords.Any(w => AdminWords.Contains(w)))
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, call.Start, $"`{call.Receiver}` (an admin/debug server) listens on every network interface; bind it to 127.0.0.1", call.Callee, null, call.Start, call.Close + 1);
        }
    }

    public IEnumerable<Finding> CheckManifest(JsManifest manifest)
    {
        foreach (var (name, command, line) in manifest.Scripts)
        {
            if (command.Contains("--inspect=0.0.0.0", StringComparison.Ordinal) || command.Contains("--inspect-brk=0.0.0.0", StringComparison.Ordinal) || command.Contains("--inspect=[::]", StringComparison.Ordinal))
            {
                yield return CodeFinding.Create(CodeRules.AdminToolOnAllInterfaces, new SourceLocation(manifest.Path, line), $"the npm script '{name}' opens the Node inspector on every interface: whoever reaches the port runs code in the process", "--inspect", null, name + ": " + command);
            }
        }
    }

    private static bool BindsAll(JsCodeFile file, JsCall call)
    {
        var s = file.Syntax;
        foreach (var argument in call.Arguments)
        {
            if (s.StringAt(argument.Start, argument.End) is "0.0.0.0" or "::")
            {
                return true;
            }

            var open = JsObjectLiteral.At(file, argument);
            if (open >= 0 && JsObjectLiteral.Property(s, open, "host") is { } host && s.StringAt(host.Start, host.End) is "0.0.0.0" or "::")
            {
                return true;
            }
        }

        return false;
    }
}
