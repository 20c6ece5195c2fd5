using System.Collections.Concurrent;
using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.Python;

/// <summary>
/// Finds auth commented out next to a route: a comment that lexes as Python code (an '@', a call,
/// an assignment, a list) and names an auth decorator, dependency, mixin or permission class, e.g.
/// <c># @login_required</c>, <c># user = Depends(get_current_user)</c>, <c># permission_classes = [IsAuthenticated]</c>.
/// Prose that merely mentions a name ("login_required is not needed") has no code shape and is left alone.
/// </summary>
internal sealed class CommentedOutAuth(PythonVocabulary vocabulary)
{
    private readonly ConcurrentDictionary<(string Path, int Line), RouteProblem> _problems = new();

    public IReadOnlyList<RouteProblem> Problems => [.. _problems.Values];

    /// <summary>
    /// Checks the comment lines directly above <paramref name="fromLine"/> (a contiguous block of
    /// comment-only lines) and every comment between <paramref name="fromLine"/> and <paramref name="toLine"/>.
    /// Returns Note evidence for the route.
    /// </summary>
    public List<AuthEvidence> Check(PyModule module, int fromLine, int toLine, string route, RouteFramework framework, ISet<string>? extraAuthNames = null)
    {
        var evidence = new List<AuthEvidence>();
        var codeLines = module.CodeLines;
        var first = fromLine;
        while (first > 1 && !codeLines.Contains(first - 1) && module.Tokens.Comments.Any(c => c.Line == first - 1))
        {
            first--;
        }

        foreach (var comment in module.Tokens.Comments.Where(c => c.Line >= first && c.Line <= toLine))
        {
            if (AuthCode(comment.Text, extraAuthNames) is not { } code)
            {
                continue;
            }

            var location = new SourceLocation(module.Path, comment.Line, comment.Column);
            evidence.Add(new AuthEvidence(AuthEffect.Note, $"`{code}` is commented out", location));
            _problems.TryAdd((module.Path, comment.Line), new RouteProblem(RouteProblemKind.CommentedOutAuth, $"`{code}` is commented out next to {route}: the route is open although the code reads as protected", location)
            {
                Framework = framework,
                Detail = code,
            });
        }

        return evidence;
    }

    /// <summary>The commented code (without '#', up to a trailing comment) when it is code naming auth; else null.</summary>
    public string? AuthCode(string comment, ISet<string>? extraAuthNames = null)
    {
        var body = comment.TrimStart('#').Trim();
        PythonTokens tokens;
        try
        {
            tokens = PythonLexer.Tokenize(body);
        }
        catch (PythonLexException)
        {
            return null;
        }

        // Code has balanced brackets and an '@', a call, an assignment or a list; prose ("don't use login_required(") does not.
        var balanced = Enumerable.Range(0, tokens.Count).All(i => tokens[i].Kind != PythonTokenKind.Op || tokens[i].Text is not ("(" or "[" or "{" or ")" or "]" or "}") || tokens.Match(i) >= 0);
        var hasCodeShape = balanced && tokens.Tokens.Any(t => t.Kind == PythonTokenKind.Op && t.Text is "@" or "(" or "=" or "[");
        var namesAuth = tokens.Tokens.Any(t => t.Kind == PythonTokenKind.Name && (vocabulary.IsAnyAuthName(t.Text) || extraAuthNames?.Contains(t.Text) == true));
        if (!hasCodeShape || !namesAuth)
        {
            return null;
        }

        var end = tokens.Comments.Count > 0 ? tokens.Comments[0].Start : body.Length;
        return body[..end].Trim();
    }
}
