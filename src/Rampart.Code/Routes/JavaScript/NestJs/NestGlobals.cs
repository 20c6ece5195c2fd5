using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.NestJs;

/// <summary>
/// What applies to every controller of a NestJS project: <c>app.setGlobalPrefix(...)</c>, global
/// guards (<c>app.useGlobalGuards(...)</c>, <c>{ provide: APP_GUARD, useClass: X }</c>), and the
/// project's own public decorators (<c>export const Public = () =&gt; SetMetadata(IS_PUBLIC_KEY, true)</c>).
/// </summary>
internal sealed class NestGlobals
{
    public string Prefix { get; private set; } = "";

    public List<JsAuthVerdict> Guards { get; } = [];

    public void Read(JsFile file, JsAuthVocabulary vocabulary, HashSet<string> publicNames)
    {
        var s = file.Syntax;
        for (var i = 1; i < s.Count - 2; i++)
        {
            if (s.Is(i - 1, ".") && s.Is(i, "setGlobalPrefix") && s.Is(i + 1, "(") && s.StringAt(i + 2, i + 3) is { } prefix)
            {
                Prefix = prefix;
            }
            else if (s.Is(i - 1, ".") && s.Is(i, "useGlobalGuards") && s.Is(i + 1, "("))
            {
                Guards.AddRange(s.Items(i + 1).Select(item => Guard(file, item.Start, item.End, vocabulary, $"registered globally by `useGlobalGuards` in {file.Path}")));
            }
            else if (s.Is(i, "provide") && s.Is(i + 1, ":") && s.Is(i + 2, "APP_GUARD"))
            {
                AppGuard(file, i, vocabulary);
            }
            else if (s.Is(i, "SetMetadata") && s.Is(i + 1, "(") && IsPublicMetadata(s, i + 1) && DeclaredName(file, i) is { } name)
            {
                publicNames.Add(name);
            }
        }
    }

    private void AppGuard(JsFile file, int provide, JsAuthVocabulary vocabulary)
    {
        var s = file.Syntax;
        var open = s.Parent(provide);
        if (open < 0)
        {
            return;
        }

        foreach (var (start, end) in s.Items(open))
        {
            if ((s.Is(start, "useClass") || s.Is(start, "useExisting")) && s.Is(start + 1, ":"))
            {
                Guards.Add(Guard(file, start + 2, end, vocabulary, $"registered globally as `APP_GUARD` in {file.Path}"));
            }
        }
    }

    /// <summary><c>SetMetadata(IS_PUBLIC_KEY, true)</c>, <c>SetMetadata('isPublic', true)</c>.</summary>
    private static bool IsPublicMetadata(JsSyntax s, int open)
    {
        var items = s.Items(open);
        if (items.Count == 0)
        {
            return false;
        }

        var key = s.StringAt(items[0].Start, items[0].End) ?? s.TextOf(items[0].Start, items[0].End);
        return key.Contains("public", StringComparison.OrdinalIgnoreCase) || key.Contains("anonymous", StringComparison.OrdinalIgnoreCase) || key.Contains("skipauth", StringComparison.OrdinalIgnoreCase);
    }

    private static string? DeclaredName(JsFile file, int index) =>
        file.Module.Declarations.Values.FirstOrDefault(d => d.InitStart <= index && index < d.InitEnd)?.Name;

    /// <summary>
    /// One guard expression: <c>JwtAuthGuard</c>, <c>AuthGuard('jwt')</c>, <c>new RolesGuard(reflector)</c>.
    /// A guard rejects when it returns false, so any guard not known to be optional or a rate limiter requires auth.
    /// </summary>
    public static JsAuthVerdict Guard(JsFile file, int start, int end, JsAuthVocabulary vocabulary, string where)
    {
        var s = file.Syntax;
        var nameStart = s.Is(start, "new") ? start + 1 : start;
        var name = s.IsIdentifier(nameStart) ? s[nameStart].Text : s.TextOf(start, end);
        var location = file.At(start);
        if (JsAuthVocabulary.Matches(vocabulary.OptionalAuth, name))
        {
            return new JsAuthVerdict(AuthEffect.Ignored, $"`{name}` guard {where} lets anonymous requests through", location);
        }

        if (JsAuthVocabulary.Matches(vocabulary.RateLimit, name))
        {
            return new JsAuthVerdict(AuthEffect.Note, $"`{name}` {where} limits the request rate", location) { RateLimit = true };
        }

        var schemes = name == "AuthGuard" && s.Is(nameStart + 1, "(") ? s.Items(nameStart + 1).Select(item => s.StringAt(item.Start, item.End)).OfType<string>().ToList() : [];
        var shown = schemes.Count > 0 ? $"{name}('{string.Join("', '", schemes)}')" : name;
        return new JsAuthVerdict(AuthEffect.Requires, $"`{shown}` guard {where}", location) { Requirement = new AuthRequirement { Schemes = schemes } };
    }
}
