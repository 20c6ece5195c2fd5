namespace Rampart.Code.Analysis.JavaScript;

/// <summary>One assignment of a name (or a dotted path such as <c>req.query.id</c>): from which token it holds, its taint, and the value's token range.</summary>
internal sealed record JsBinding(int From, JsTaint? Taint, int ValueStart, int ValueEnd);
