using System.Text;
using Rampart.Code.Routes.Model;

namespace Rampart.Reporting.Routes;

/// <summary>The route inventory for people: a table per project (terminal) or Markdown tables (PR comments, docs).</summary>
public static class RouteTextWriter
{
    public static string WriteTable(IReadOnlyList<HttpRoute> routes)
    {
        var text = new StringBuilder();
        foreach (var project in routes.GroupBy(r => r.Project))
        {
            var list = project.ToList();
            text.Append(Heading(project.Key, list)).Append('\n');
            var rows = list.Select(r => new[] { string.Join(',', r.Methods), r.Path, AuthCell(r), r.Handler, $"{r.Location.Path}:{r.Location.Line}" }).ToList();
            string[] header = ["METHODS", "PATH", "AUTH", "HANDLER", "LOCATION"];
            var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
            AppendRow(text, header, widths);
            for (var i = 0; i < rows.Count; i++)
            {
                AppendRow(text, rows[i], widths);
                if (list[i].UnknownReason is { } reason)
                {
                    text.Append("      ? ").Append(reason).Append('\n');
                }

                foreach (var evidence in list[i].Evidence)
                {
                    text.Append("      ").Append(Effect(evidence.Effect)).Append(' ').Append(evidence).Append('\n');
                }
            }

            text.Append('\n');
        }

        text.Append(Summary(routes)).Append('\n');
        return text.ToString();
    }

    public static string WriteMarkdown(IReadOnlyList<HttpRoute> routes)
    {
        var text = new StringBuilder("# Routes\n\n").Append(Summary(routes)).Append("\n\n");
        foreach (var project in routes.GroupBy(r => r.Project))
        {
            var list = project.ToList();
            text.Append("## ").Append(Heading(project.Key, list)).Append("\n\n");
            text.Append("| Methods | Path | Auth | Handler | Location | Evidence |\n|---|---|---|---|---|---|\n");
            foreach (var route in list)
            {
                var evidence = string.Join("<br>", (route.UnknownReason is null ? [] : new[] { Cell($"? {route.UnknownReason}") }).Concat(route.Evidence.Select(e => Cell($"{Effect(e.Effect)} {e}"))));
                text.Append($"| {string.Join(", ", route.Methods)} | `{Cell(route.Path)}` | {Cell(AuthCell(route))} | `{Cell(route.Handler)}` | `{route.Location.Path}:{route.Location.Line}` | {evidence} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Heading(string project, IReadOnlyList<HttpRoute> routes) =>
        $"{(project.Length == 0 ? "(root)" : project)}: {routes.Count} route(s), {routes.Count(r => r.Auth == AuthState.None)} without auth";

    private static string Summary(IReadOnlyList<HttpRoute> routes) =>
        $"{routes.Count} route(s): {routes.Count(r => r.Auth == AuthState.Required)} require auth, {routes.Count(r => r.Auth == AuthState.Anonymous)} anonymous, {routes.Count(r => r.Auth == AuthState.None)} without auth, {routes.Count(r => r.Auth == AuthState.Unknown)} unknown";

    private static string AuthCell(HttpRoute route)
    {
        var cell = RouteNames.Of(route.Auth);
        if (route.Auth == AuthState.Required && !route.Requirement.IsEmpty)
        {
            cell += $" ({route.Requirement})";
        }

        return route.DevelopmentOnly ? cell + " [dev only]" : cell;
    }

    private static string Effect(AuthEffect effect) => effect switch
    {
        AuthEffect.Requires => "+",
        AuthEffect.AllowsAnonymous => "-",
        AuthEffect.Ignored => "x",
        _ => "i",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append("  ");
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        text.Append('\n');
    }
}
