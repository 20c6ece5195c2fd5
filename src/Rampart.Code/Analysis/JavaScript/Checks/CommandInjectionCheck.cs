using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C022: request data in a command run through a shell: <c>child_process.exec/execSync</c>
/// (also promisified), shelljs <c>exec</c>, and <c>spawn/execFile</c> (sync too) with <c>shell: true</c>.
/// <c>execFile('git', ['log', id])</c> without a shell is not a finding.
/// </summary>
internal sealed class CommandInjectionCheck : IJsCodeCheck
{
    private static readonly HashSet<string> ShellRunners = new(StringComparer.Ordinal) { "exec", "execSync" };
    private static readonly HashSet<string> DirectRunners = new(StringComparer.Ordinal) { "spawn", "spawnSync", "execFile", "execFileSync", "fork" };

    public Rule Rule => CodeRules.CommandInjection;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var member = RunnerOf(file, call);
            if (member is null || call.Arguments.Count == 0)
            {
                continue;
            }

            var checkedArguments = 1;
            if (DirectRunners.Contains(member))
            {
                var options = call.Arguments.Select(a => JsObjectLiteral.At(file, a)).Where(open => open >= 0).Select(open => JsObjectLiteral.Property(s, open, "shell")).FirstOrDefault(p => p is not null);
                if (options is null || JsObjectLiteral.Is(s, options, "false"))
                {
                    continue;
                }

                checkedArguments = 2;
            }

            for (var a = 0; a < checkedArguments && a < call.Arguments.Count; a++)
            {
                if (file.Taint(call.Arguments[a], JsSinkKind.Command) is { } taint)
                {
                    yield return JsFinding.At(Rule, file, call.Start, $"request data `{taint.Source}` reaches the shell command of `{call.Callee}`; run the program with an argument list and no shell", call.Callee, taint.Source, call.Start, call.Close + 1);
                    break;
                }
            }
        }
    }

    /// <summary>The child_process function a call runs (<c>exec</c>, <c>spawn</c>...), or null when it is not one.</summary>
    private static string? RunnerOf(JsCodeFile file, JsCall call)
    {
        var (module, member) = file.Resolve(call);
        if (module is "child_process" && (ShellRunners.Contains(member) || DirectRunners.Contains(member)))
        {
            return member;
        }

        if (module is "shelljs" && member == "exec")
        {
            return "exec";
        }

        if (module is null && call.Parts.Count == 2 && call.Parts[0] is "child_process" or "childProcess" or "cp" && (ShellRunners.Contains(call.Name) || DirectRunners.Contains(call.Name)))
        {
            return call.Name;
        }

        // const run = util.promisify(exec) / promisify(require('child_process').exec)
        if (module is null && call.Parts.Count == 1 && file.Module.Declarations.TryGetValue(call.Name, out var declaration))
        {
            var s = file.Syntax;
            var text = s.TextOf(declaration.InitStart, declaration.InitEnd);
            if (text.Contains("promisify", StringComparison.Ordinal))
            {
                foreach (var runner in ShellRunners)
                {
                    if (text.Contains($"({runner})", StringComparison.Ordinal) && file.Imports(runner, "child_process") || text.Contains($"child_process').{runner})", StringComparison.Ordinal) || text.Contains($"child_process\").{runner})", StringComparison.Ordinal))
                    {
                        return runner;
                    }
                }
            }
        }

        return null;
    }
}
