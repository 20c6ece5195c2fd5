using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C022: request data in a command run through a shell: <c>os.system</c>, <c>os.popen</c>,
/// <c>subprocess.getoutput</c>, <c>asyncio.create_subprocess_shell</c>, <c>subprocess.*(..., shell=True)</c>,
/// and argument lists that start a shell (<c>["sh", "-c", cmd]</c>). An argument list without a shell is safe.
/// </summary>
internal sealed class CommandInjectionCheck : IPythonCheck
{
    private static readonly HashSet<string> AlwaysShell =
    [
        "os.system", "os.popen", "os.popen2", "os.popen3", "commands.getoutput", "commands.getstatusoutput", "subprocess.getoutput",
        "subprocess.getstatusoutput", "asyncio.create_subprocess_shell", "popen2.popen2",
    ];

    private static readonly HashSet<string> Subprocess = ["subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen"];
    private static readonly HashSet<string> Shells = ["sh", "bash", "/bin/sh", "/bin/bash", "zsh", "cmd", "cmd.exe", "powershell", "pwsh"];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        var command = call.Arg(0, "cmd") ?? call.Keyword("args") ?? call.Keyword("command");
        if (command is null)
        {
            return;
        }

        var throughShell = AlwaysShell.Contains(canonical)
            || (Subprocess.Contains(canonical) && (call.KeywordIs(flow.Tokens, "shell", "True") || StartsShell(flow, command)));
        if (!throughShell || flow.Taint(command) is not { } taint)
        {
            return;
        }

        flow.File.Report(CodeRules.CommandInjection, call.Line, $"{taint.Display} reaches a shell command run by `{call.Callee}(...)`", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
    }

    /// <summary><c>["bash", "-c", cmd]</c>: the list runs a shell on its last element.</summary>
    private static bool StartsShell(PyFlow flow, PyArgRange command)
    {
        var tokens = flow.Tokens;
        if (!tokens[command.Start].Is("[") || command.Start + 1 >= command.End || tokens[command.Start + 1].Kind != PythonTokenKind.String)
        {
            return false;
        }

        return Shells.Contains(tokens[command.Start + 1].Value);
    }
}
