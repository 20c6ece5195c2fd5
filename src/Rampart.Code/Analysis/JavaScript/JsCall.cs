using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// A call <c>a.b.c(args)</c>: the callee chain as parts (an inner call is kept on its part,
/// <c>cookies()</c>, <c>require:child_process</c> for an inline require), the index of its
/// first token, its <c>(</c> and <c>)</c>, and the argument ranges.
/// </summary>
internal sealed record JsCall(int Start, int Open, int Close, IReadOnlyList<string> Parts, IReadOnlyList<(int Start, int End)> Arguments)
{
    /// <summary>True for <c>new X(...)</c>.</summary>
    public bool IsNew { get; init; }

    public string Name => Parts[^1];

    public string Callee => string.Join('.', Parts);

    /// <summary>The receiver chain (<c>res</c> in <c>res.cookie</c>), or "" for a free call.</summary>
    public string Receiver => string.Join('.', Parts.Take(Parts.Count - 1));

    public (int Start, int End)? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;
}
