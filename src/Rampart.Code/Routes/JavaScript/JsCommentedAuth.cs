using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// Finds auth that was commented out next to a route: a comment whose text lexes as code using an
/// auth name (<c>// router.use(requireAuth)</c>, <c>// @UseGuards(JwtAuthGuard)</c>,
/// <c>get('/x', /* requireAuth, */ handler)</c>) inside a route's declaration, just above it, or a
/// commented-out <c>use(auth)</c> above routes of the same file. Prose that only names the
/// middleware ("requireAuth is applied in index.js") is not code and does not count.
/// </summary>
internal static class JsCommentedAuth
{
    /// <summary>A route's declaration lines (decorators included).</summary>
    public sealed record Span(int StartLine, int EndLine, HttpRoute Route);

    public static IEnumerable<RouteProblem> Find(JsFile file, IReadOnlyList<Span> spans, JsAuthVocabulary vocabulary, RouteFramework framework)
    {
        if (spans.Count == 0)
        {
            yield break;
        }

        foreach (var comment in file.Syntax.Comments)
        {
            if (AuthCode(comment, vocabulary) is not { } found)
            {
                continue;
            }

            var line = comment.Line + found.LineOffset;
            var near = spans.Where(s => line >= s.StartLine - 2 && line <= s.EndLine || found.IsUse && line < s.StartLine).Select(s => s.Route).ToList();
            if (near.Count == 0)
            {
                continue;
            }

            var first = near[0];
            var others = near.Count > 1 ? $" and {near.Count - 1} other route(s)" : "";
            yield return new RouteProblem(RouteProblemKind.CommentedOutAuth, $"`{found.Name}` is commented out next to {string.Join('|', first.Methods)} {first.Path}{others}: the route runs without it", new SourceLocation(file.Path, line, comment.Column))
            {
                Framework = framework,
                Detail = found.Text,
                Related = near.Take(5).Select(r => r.Location with { Label = $"{string.Join('|', r.Methods)} {r.Path}" }).ToList(),
            };
        }
    }

    private sealed record Found(string Name, string Text, int LineOffset, bool IsUse);

    private static Found? AuthCode(JsToken comment, JsAuthVocabulary vocabulary)
    {
        var body = comment.Kind == JsTokenKind.LineComment ? comment.Text[2..] : comment.Text[2..^2];
        JsSyntax syntax;
        try
        {
            syntax = JsSyntax.Parse(string.Join('\n', body.Split('\n').Select(l => l.TrimStart().TrimStart('*'))), "comment.ts");
        }
        catch (JsLexException)
        {
            return null;
        }

        var text = comment.Text.Trim();
        text = text.Length > 120 ? text[..120] + "..." : text;
        if (syntax.Count > 0 && JsBodyCheck.Find(syntax, 0, syntax.Count, vocabulary) is { } check)
        {
            // A commented-out in-handler check: `// if (!session) return new Response('Unauthorized', { status: 401 })`.
            return new Found(syntax.TextOf(check.Index, Math.Min(syntax.Count, check.Index + 6)) + " ...", text, syntax[check.Index].Line - 1, IsUse: false);
        }

        var tokens = syntax.Tokens;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != JsTokenKind.Identifier || i > 0 && tokens[i - 1].Text is "." or "?.")
            {
                continue;
            }

            var end = i + 1;
            while (end + 1 < tokens.Count && tokens[end].Text is "." && tokens[end + 1].Kind == JsTokenKind.Identifier)
            {
                end += 2;
            }

            var name = string.Concat(tokens.Skip(i).Take(end - i).Select(t => t.Text));
            var before = i > 0 ? tokens[i - 1].Text : "";
            var after = end < tokens.Count ? tokens[end].Text : "";
            var codeLike = before is "(" or "," or "[" or "@" or "=" || after is "(" or "," or ")";
            var isAuth = before == "@" && name == "UseGuards" || JsAuthVocabulary.Matches(vocabulary.Auth, name) && !JsAuthVocabulary.Matches(vocabulary.OptionalAuth, name);
            if (codeLike && isAuth)
            {
                var isUse = CalledBy(tokens, i) is "use" or "useGlobalGuards" or "addHook";
                return new Found(name, text, tokens[i].Line - 1, isUse);
            }
        }

        return null;
    }

    /// <summary>The name of the call whose argument list holds the token: <c>use</c> for <c>app.use('/admin/*', jwt(...))</c>.</summary>
    private static string? CalledBy(IReadOnlyList<JsToken> tokens, int index)
    {
        var depth = 0;
        for (var i = index - 1; i > 0; i--)
        {
            depth += tokens[i].Text switch { ")" or "]" or "}" => 1, "(" or "[" or "{" => -1, _ => 0 };
            if (depth < 0)
            {
                return tokens[i].Text == "(" ? tokens[i - 1].Text : null;
            }
        }

        return null;
    }
}
