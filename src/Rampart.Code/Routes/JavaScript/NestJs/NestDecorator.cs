using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Routes.JavaScript.NestJs;

/// <summary>A decorator: <c>@Name</c> or <c>@Name(args)</c>, its <c>@</c> token and its argument list (-1 when it has none).</summary>
internal sealed record NestDecorator(string Name, int At, int Open)
{
    public int End(JsSyntax s) => Open >= 0 ? s.Partner(Open) + 1 : At + 2;

    /// <summary>The decorators that end right before <paramref name="index"/> (skipping <c>export</c>, modifiers).</summary>
    public static List<NestDecorator> Before(JsSyntax s, int index)
    {
        var decorators = new List<NestDecorator>();
        var i = index - 1;
        while (i >= 0 && s[i].Text is "export" or "default" or "public" or "async" or "static" or "abstract" or "private" or "protected")
        {
            i--;
        }

        while (i >= 1)
        {
            // Either `@Name` or `@Name(...)`, possibly `@a.b(...)`.
            var end = i;
            var open = -1;
            if (s.Is(end, ")"))
            {
                open = s.Partner(end);
                end = open - 1;
            }

            var nameStart = end;
            while (nameStart >= 2 && s.Is(nameStart - 1, ".") && s.IsIdentifier(nameStart - 2))
            {
                nameStart -= 2;
            }

            if (!s.IsIdentifier(end) || !s.Is(nameStart - 1, "@"))
            {
                break;
            }

            decorators.Insert(0, new NestDecorator(s.DottedNameAt(nameStart, end + 1)!, nameStart - 1, open));
            i = nameStart - 2;
        }

        return decorators;
    }

    /// <summary>The decorators' arguments that are string literals (also inside an array or <c>{ path: ... }</c>).</summary>
    public List<string> Strings(JsSyntax s)
    {
        var strings = new List<string>();
        if (Open < 0)
        {
            return strings;
        }

        var close = s.Partner(Open);
        for (var i = Open + 1; i < close; i++)
        {
            if (s[i].IsStringLiteral && (s.Is(i - 1, "(") || s.Is(i - 1, "[") || s.Is(i - 1, ",") || s.Is(i - 2, "path")))
            {
                strings.Add(JsStrings.Value(s[i]));
            }

            if (s.Is(i, "{") && !s.Is(i + 1, "path"))
            {
                i = s.Partner(i);
            }
        }

        return strings;
    }
}
