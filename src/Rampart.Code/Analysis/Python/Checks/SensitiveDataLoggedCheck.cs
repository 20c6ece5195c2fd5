using Rampart.Code.Analysis;
using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C030: a logger or <c>print</c> argument that reads a secret by name: a variable or attribute
/// (<c>password</c>, <c>user.api_key</c>, <c>settings.SECRET_KEY</c>), a key (<c>data["password"]</c>,
/// <c>request.headers.get("Authorization")</c>), a structlog keyword or <c>extra</c> key, an f-string field,
/// or an object whose class declares such a field (a pydantic body with <c>password: str</c>, a model
/// with a <c>password</c> column). Words in the message text are not read; <c>len(token)</c>,
/// <c>token is None</c>, <c>token[-4:]</c>, <c>mask(token)</c> and pydantic <c>SecretStr</c> fields are not the secret.
/// </summary>
internal sealed class SensitiveDataLoggedCheck : IPythonCheck
{
    private static readonly HashSet<string> Ignored = ["exc_info", "stack_info", "stacklevel", "sep", "end", "file", "flush", "level"];
    private static readonly HashSet<string> Facts = ["len", "bool", "type", "isinstance", "id", "hash", "callable", "hasattr"];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (!PyLoggers.IsLogger(call, flow))
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Name is { } keyword && Ignored.Contains(keyword))
            {
                continue;
            }

            var found = argument.Name is { } name && name != "extra" && SensitiveNames.IsSensitive(name) && PyTaintEvaluator.Literal(flow.Tokens, argument.Start, argument.End) is null
                ? name
                : Find(flow, flow.Tokens, argument.Start, argument.End);
            if (found is null)
            {
                continue;
            }

            flow.File.Report(CodeRules.SensitiveDataLogged, call.Line, $"{PyTaint.Quote(found)} is written to the log by `{call.Callee}(...)`", call.Callee, found, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }
    }

    private static string? Find(PyFlow flow, PythonTokens tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == PythonTokenKind.String)
            {
                if (Key(tokens, i, start, end) is { } key)
                {
                    return key;
                }

                if (t.IsFString && FromFields(flow, tokens, i) is { } field)
                {
                    return field;
                }

                continue;
            }

            if (t.Kind != PythonTokenKind.Name || PyKeywords.Contains(t.Text) || (i > start && tokens[i - 1].Is(".")))
            {
                continue;
            }

            var j = i + 1;
            var chain = t.Text;
            while (j + 1 < end && tokens[j].Is(".") && tokens[j + 1].Kind == PythonTokenKind.Name)
            {
                chain += "." + tokens[j + 1].Text;
                j += 2;
            }

            if (j < end && tokens[j].Is("("))
            {
                var last = chain[(chain.LastIndexOf('.') + 1)..].ToLowerInvariant();
                if (Facts.Contains(last) || last.Contains("mask", StringComparison.Ordinal) || last.Contains("redact", StringComparison.Ordinal) || last.Contains("hash", StringComparison.Ordinal) || last.StartsWith("sha", StringComparison.Ordinal) || last == "md5")
                {
                    i = tokens.Match(j);
                }

                continue;
            }

            // x["field"] logs the field: only a secret-named key (read by Key) counts, not the container's name.
            if (IsFact(tokens, i, j, start, end) || PyRequestSources.Match(chain) is not null || (j < end && tokens[j].Is("[")))
            {
                i = j - 1;
                continue;
            }

            var lastPart = chain[(chain.LastIndexOf('.') + 1)..];
            if (SensitiveNames.IsSensitive(lastPart) && !PySecretFields.IsMaskedAttribute(flow, chain))
            {
                return chain;
            }

            if (!chain.Contains('.', StringComparison.Ordinal) && PySecretFields.OfName(flow, chain) is { } described)
            {
                return described;
            }

            i = j - 1;
        }

        return null;
    }

    /// <summary>A string used as a key: <c>x["password"]</c>, <c>x.get("Authorization")</c>, <c>{"api_key": value}</c>; returns the read as written.</summary>
    private static string? Key(PythonTokens tokens, int i, int start, int end)
    {
        if (!SensitiveNames.IsSensitive(tokens[i].Value))
        {
            return null;
        }

        if (i > start && tokens[i - 1].Is("[") && tokens.Match(i - 1) is var close && close > i)
        {
            return PyExprParser.Text(tokens, PyGuards.OperandStart(tokens, start, i - 1), close + 1);
        }

        if (i > start + 2 && tokens[i - 1].Is("(") && tokens[i - 2].Text is "get" or "getlist" && tokens[i - 3].Is(".") && tokens.Match(i - 1) is var paren && paren > i)
        {
            return PyExprParser.Text(tokens, PyGuards.OperandStart(tokens, start, i - 3), paren + 1);
        }

        return i + 2 < end && tokens[i + 1].Is(":") && tokens[i + 2].Kind != PythonTokenKind.String ? $"\"{tokens[i].Value}\": ..." : null;
    }

    private static string? FromFields(PyFlow flow, PythonTokens tokens, int i)
    {
        foreach (var piece in PyStringPiece.Of(tokens, i, i + 1).Where(p => p.IsField && p.Tokens is not null))
        {
            var field = piece.Tokens!;
            var end = 0;
            while (end < field.Count && field[end].Kind is not (PythonTokenKind.Newline or PythonTokenKind.EndOfFile))
            {
                end++;
            }

            if (Find(flow, field, 0, end) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary><c>token is None</c>, <c>not token</c>, <c>token == x</c>, <c>token[-4:]</c>: a fact about the secret or a masked part.</summary>
    private static bool IsFact(PythonTokens tokens, int chainStart, int chainEnd, int start, int end)
    {
        var before = chainStart > start ? tokens[chainStart - 1] : null;
        var after = chainEnd < end ? tokens[chainEnd] : null;
        if (before is not null && (before.IsName("not") || before.IsName("is") || before.Is("==") || before.Is("!=") || before.IsName("in")))
        {
            return true;
        }

        if (after is null)
        {
            return false;
        }

        if (after.IsName("is") || after.Is("==") || after.Is("!=") || after.IsName("in") || after.IsName("not"))
        {
            return true;
        }

        return after.Is("[") && tokens.Match(chainEnd) is var close && close > chainEnd && Enumerable.Range(chainEnd + 1, close - chainEnd - 1).Any(k => tokens[k].Is(":"));
    }
}
