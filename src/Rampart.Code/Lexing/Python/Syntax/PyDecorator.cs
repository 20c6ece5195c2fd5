namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>A decorator: its expression (<c>app.get("/x")</c>, <c>login_required</c>) and the line of its '@'.</summary>
public sealed record PyDecorator(PyExpr Expression, int Line)
{
    /// <summary><c>router.get</c> for <c>@router.get("/x")</c>, <c>login_required</c> for <c>@login_required</c>.</summary>
    public string? Name => Expression is PyCall call ? call.Function.DottedName : Expression.DottedName;

    public PyCall? Call => Expression as PyCall;
}
