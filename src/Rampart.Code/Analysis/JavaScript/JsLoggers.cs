using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// Logger calls: <c>console.*</c>, and <c>info/warn/error/debug/...</c> on a receiver named like a
/// logger (<c>logger</c>, <c>log</c>, <c>this.logger</c>, <c>req.log</c>, <c>fastify.log</c>) or bound to
/// winston, pino, bunyan, log4js, signale or consola.
/// </summary>
internal static class JsLoggers
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal) { "log", "info", "warn", "warning", "error", "debug", "trace", "fatal", "verbose", "silly", "notice", "critical", "http", "dir", "table" };
    private static readonly string[] LoggerModules = ["winston", "pino", "bunyan", "log4js", "signale", "consola", "loglevel", "npmlog"];

    public static bool IsLoggerCall(JsCodeFile file, JsCall call)
    {
        if (!Levels.Contains(call.Name) || call.Parts.Count < 2)
        {
            return false;
        }

        var receiver = call.Parts[^2];
        if (call.Parts[0] == "console" && call.Parts.Count == 2)
        {
            return true;
        }

        if (file.Imports(call.Parts[0], LoggerModules))
        {
            return true;
        }

        var words = SensitiveNames.Words(receiver.TrimEnd('(', ')'));
        return words.Count > 0 && words[^1] is "log" or "logger" or "logging" or "audit";
    }

    /// <summary>Calls whose arguments are written into the log as they are: <c>JSON.stringify</c>, <c>util.inspect</c>, <c>String</c>.</summary>
    public static bool IsTransparent(string callee) => callee is "JSON.stringify" or "util.inspect" or "inspect" or "String" or "util.format" or "format" or "Object.assign" or "toString";

    /// <summary>
    /// The value chains inside a logger argument, each as its root token, end, and the name it ends in
    /// (<c>user.password</c> → password, <c>req.get('authorization')</c> → authorization). The arguments of
    /// other calls (<c>mask(token)</c>) are not followed: those calls decide what reaches the log.
    /// </summary>
    public static IEnumerable<(int Start, int End, string Name)> Chains(JsSyntax s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var token = s[i];
            if (token.Kind != JsTokenKind.Identifier || s.Is(i - 1, ".") || s.Is(i - 1, "?.") || s.Is(i + 1, ":") && s.Parent(i) >= 0 && s.Is(s.Parent(i), "{"))
            {
                continue;
            }

            if (token.Text is "await" or "new" or "typeof" or "void")
            {
                continue;
            }

            var j = i + 1;
            var name = token.Text;
            var calledWithString = (string?)null;
            var called = false;
            var callee = token.Text;
            var firstCallOpen = -1;
            while (j < end)
            {
                if ((s.Is(j, ".") || s.Is(j, "?.")) && s.IsIdentifier(j + 1))
                {
                    name = s[j + 1].Text;
                    callee += "." + name;
                    called = false;
                    j += 2;
                }
                else if (s.Is(j, "[") && s.Partner(j) > j)
                {
                    name = s.StringAt(j + 1, s.Partner(j)) ?? name;
                    called = false;
                    j = s.Partner(j) + 1;
                }
                else if (s.Is(j, "(") && s.Partner(j) > j)
                {
                    var items = s.Items(j);
                    calledWithString = items.Count > 0 ? s.StringAt(items[0].Start, items[0].End) : null;
                    firstCallOpen = firstCallOpen < 0 ? j : firstCallOpen;
                    called = true;
                    j = s.Partner(j) + 1;
                }
                else if (s.Is(j, "!"))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (called && IsTransparent(callee) && firstCallOpen >= 0)
            {
                foreach (var inner in Chains(s, firstCallOpen + 1, s.Partner(firstCallOpen)))
                {
                    yield return inner;
                }

                i = j - 1;
                continue;
            }

            // A getter call with a string argument names what it reads: req.get('authorization').
            yield return (i, j, called && calledWithString is not null && name is "get" or "header" or "getHeader" ? calledWithString : called ? name + "()" : name);
            i = j - 1;
        }
    }
}
