using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.NextJs;

/// <summary>
/// A project's <c>middleware.ts</c>: which paths its <c>config.matcher</c> covers and whether it
/// enforces auth on them — NextAuth's middleware or <c>withAuth</c>, Clerk's <c>clerkMiddleware</c>
/// with <c>auth().protect()</c> (limited by <c>createRouteMatcher</c>), or a custom function that
/// rejects (limited by the <c>pathname.startsWith(...)</c> tests in its condition).
/// </summary>
internal sealed class NextMiddleware
{
    private readonly List<NextMatcher> _matchers = [];
    private readonly List<NextMatcher> _protected = [];
    private readonly List<NextMatcher> _unprotected = [];

    private NextMiddleware(JsFile file) => File = file;

    public JsFile File { get; }

    /// <summary>Requires auth on the paths it protects; null when it enforces nothing.</summary>
    private JsAuthVerdict? Enforcement { get; set; }

    private JsAuthVerdict? NoEffect { get; set; }

    public static NextMiddleware Read(JsFile file, JsWorkspace workspace, JsAuthVocabulary vocabulary)
    {
        var middleware = new NextMiddleware(file);
        middleware.ReadMatcher();
        middleware.ReadEnforcement(workspace, vocabulary);
        return middleware;
    }

    /// <summary>The middleware's verdict for a route path, or null when it does not run for that path.</summary>
    public JsAuthVerdict? For(string path)
    {
        if (_matchers.Count > 0 && !_matchers.Any(m => m.Matches(path)))
        {
            return null;
        }

        if (Enforcement is null)
        {
            return NoEffect;
        }

        var covered = (_protected.Count == 0 || _protected.Any(m => m.Matches(path))) && !_unprotected.Any(m => m.Matches(path));
        return covered ? Enforcement : Enforcement with { Effect = AuthEffect.Note, Description = $"{File.Path} runs for this path but its auth check excludes it" };
    }

    private string MatcherText => _matchers.Count == 0 ? "every path" : $"matcher {string.Join(", ", _matchers.Select(m => $"'{m.Pattern}'"))}";

    private void ReadMatcher()
    {
        var s = File.Syntax;
        if (!File.Module.Declarations.TryGetValue("config", out var config))
        {
            return;
        }

        for (var i = config.InitStart; i < config.InitEnd; i++)
        {
            if (!s.Is(i, "matcher") || !s.Is(i + 1, ":"))
            {
                continue;
            }

            var value = i + 2;
            var patterns = s.Is(value, "[") ? Strings(s, value, s.Partner(value)) : s[value].IsStringLiteral ? [JsStrings.Value(s[value])] : [];
            _matchers.AddRange(patterns.Select(p => new NextMatcher(p)));
            return;
        }
    }

    /// <summary>Every string of a bracketed range that is a pattern (including <c>{ source: '...' }</c> objects).</summary>
    private static List<string> Strings(JsSyntax s, int open, int close)
    {
        var found = new List<string>();
        for (var i = open + 1; i < close; i++)
        {
            if (s[i].IsStringLiteral && !s.Is(i - 2, "type") && !s.Is(i - 2, "key"))
            {
                found.Add(JsStrings.Value(s[i]));
            }
        }

        return found;
    }

    private void ReadEnforcement(JsWorkspace workspace, JsAuthVocabulary vocabulary)
    {
        var s = File.Syntax;
        var where = File.At(0);
        var exports = File.Module.Exports;
        if (exports.TryGetValue("default", out var reExported) && reExported.ReExport is { Specifier: "next-auth/middleware" })
        {
            Enforcement = new JsAuthVerdict(AuthEffect.Requires, $"NextAuth middleware (`next-auth/middleware`) in {File.Path} requires a session for {MatcherText}", File.AtLine(reExported.Line));
            return;
        }

        var export = exports.GetValueOrDefault("middleware") ?? exports.GetValueOrDefault("default");
        if (export is null)
        {
            return;
        }

        where = File.AtLine(export.Line);
        if (export.ReExport is { } reExport)
        {
            // NextAuth v5: `export { auth as middleware } from '@/auth'` enforces only with an `authorized` callback.
            var authFile = workspace.Resolve(File, reExport.Specifier);
            var authorized = authFile is not null && authFile.Syntax.Tokens.Any(t => t.Is("authorized"));
            if (authorized)
            {
                Enforcement = new JsAuthVerdict(AuthEffect.Requires, $"NextAuth `{reExport.ExportName}` middleware with an `authorized` callback ({authFile!.Path}) for {MatcherText}", where);
            }
            else
            {
                NoEffect = new JsAuthVerdict(AuthEffect.Ignored, $"NextAuth `{reExport.ExportName}` middleware without an `authorized` callback does not reject anonymous requests", where);
            }

            return;
        }

        var value = export.LocalName is { } local ? workspace.ResolveName(File, local) : null;
        var (start, end) = value is not null ? (value.Start, value.End) : (export.Start, export.End);
        if (start < 0 || end <= start)
        {
            return;
        }

        var function = value?.Function ?? JsExpressions.FunctionAt(s, start);
        var (callee, _) = function is null ? JsBodyCheck.CallName(s, start) : (null, 0);
        if (callee is "clerkMiddleware" or "authMiddleware")
        {
            ReadClerk(s, start, end, callee, where);
            return;
        }

        if (callee is not null && JsAuthVocabulary.Matches(vocabulary.Auth, callee))
        {
            Enforcement = new JsAuthVerdict(AuthEffect.Requires, $"`{callee}()` middleware in {File.Path} for {MatcherText}", where);
            return;
        }

        var body = function is null ? (start, end) : (function.BodyStart, function.BodyEnd);
        if (JsBodyCheck.Find(s, body.Item1, body.Item2, vocabulary) is { } check)
        {
            Enforcement = new JsAuthVerdict(AuthEffect.Requires, $"{File.Path} ({MatcherText}): {check.Description}", File.At(check.Index));
            ReadPathConditions(s, check.Index);
        }
    }

    private void ReadClerk(JsSyntax s, int start, int end, string callee, Core.Findings.SourceLocation where)
    {
        var matchers = File.Module.Declarations.Values
            .Where(d => s.Is(d.InitStart, "createRouteMatcher") && s.Is(d.InitStart + 1, "(") && s.Is(d.InitStart + 2, "["))
            .ToDictionary(d => d.Name, d => Strings(s, d.InitStart + 2, s.Partner(d.InitStart + 2)));
        if (callee == "authMiddleware")
        {
            // Clerk v4: everything is protected except `publicRoutes`.
            for (var i = start; i < end; i++)
            {
                if (s.Is(i, "publicRoutes") && s.Is(i + 1, ":") && s.Is(i + 2, "["))
                {
                    _unprotected.AddRange(Strings(s, i + 2, s.Partner(i + 2)).Select(p => new NextMatcher(p)));
                }
            }

            Enforcement = new JsAuthVerdict(AuthEffect.Requires, $"Clerk `authMiddleware()` in {File.Path} for {MatcherText}", where);
            return;
        }

        for (var i = start; i < end; i++)
        {
            if (!s.Is(i, "protect") || !s.Is(i - 1, "."))
            {
                continue;
            }

            Enforcement = new JsAuthVerdict(AuthEffect.Requires, $"Clerk `clerkMiddleware()` calls `auth().protect()` in {File.Path} for {MatcherText}", File.At(i));
            var condition = s.Ancestors(i).Where(open => s.Is(open, "{") && s.Is(open - 1, ")") && s.Is(s.Partner(open - 1) - 1, "if")).Select(open => s.Partner(open - 1)).FirstOrDefault(-1);
            for (var k = i - 1; condition < 0 && k > start; k--)
            {
                if (s.Is(k, "if") && s.Is(k + 1, "(") && s.Partner(k + 1) < i)
                {
                    condition = k + 1;
                }
            }

            if (condition <= 0)
            {
                return;
            }

            for (var k = condition + 1; k < s.Partner(condition); k++)
            {
                if (s.IsIdentifier(k) && matchers.TryGetValue(s[k].Text, out var patterns))
                {
                    (s.Is(k - 1, "!") ? _unprotected : _protected).AddRange(patterns.Select(p => new NextMatcher(p)));
                }
            }

            return;
        }

        NoEffect = new JsAuthVerdict(AuthEffect.Ignored, $"`{callee}()` in {File.Path} never calls `auth().protect()`: it does not reject anonymous requests", where);
    }

    /// <summary><c>if (pathname.startsWith('/admin') &amp;&amp; !token)</c>: the check covers only those prefixes.</summary>
    private void ReadPathConditions(JsSyntax s, int ifIndex)
    {
        if (!s.Is(ifIndex, "if"))
        {
            return;
        }

        var close = s.Partner(ifIndex + 1);
        for (var i = ifIndex + 2; i < close; i++)
        {
            if (s.Is(i, "startsWith") && s.Is(i + 1, "(") && s.StringAt(i + 2, i + 3) is { } prefix)
            {
                _protected.Add(new NextMatcher(prefix.TrimEnd('/') + "/:rest*"));
            }
        }
    }
}
