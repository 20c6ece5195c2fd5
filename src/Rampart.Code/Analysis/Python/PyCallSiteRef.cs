using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python;

/// <summary>A call the evaluator met while evaluating an expression, handed to the helper-function lookup.</summary>
internal sealed record PyCallSiteRef(string Callee, PythonTokens Tokens, IReadOnlyList<PyArgRange> Arguments);
