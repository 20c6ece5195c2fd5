namespace Rampart.Code.Analysis.Python;

/// <summary>One argument of a call as a token range: positional, <c>name=value</c>, or <c>*x</c>/<c>**x</c>.</summary>
internal sealed record PyArgRange(string? Name, int Start, int End, int Star);
