using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>Builds a finding at a token of a file; the fingerprint rests on the code of [codeStart, codeEnd), with string literals masked when they may hold a key.</summary>
internal static class JsFinding
{
    /// <param name="secretSpan">Where a secret literal is (a hard-coded key): masked in every snippet.</param>
    public static Finding At(Rule rule, JsCodeFile file, int index, string message, string sink, string? source, int codeStart, int codeEnd, bool maskLiterals = false, Severity? severity = null, SourceLocation? secretSpan = null)
    {
        var s = file.Syntax;
        var end = Math.Min(Math.Max(codeEnd, codeStart + 1), s.Count);
        var code = maskLiterals
            ? string.Join(' ', Enumerable.Range(codeStart, end - codeStart).Select(i => s[i].IsStringLiteral ? "<literal>" : s[i].Text))
            : s.TextOf(codeStart, end);
        return CodeFinding.Create(rule, file.At(index), message, sink, source, code, severity, secretSpan);
    }

    /// <summary>A short rendering of code for a message (at most 60 characters).</summary>
    public static string Code(JsCodeFile file, int start, int end)
    {
        var text = file.Syntax.TextOf(start, Math.Min(end, file.Syntax.Count));
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
