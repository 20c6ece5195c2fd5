using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C033: ORM query logging switched on in code that runs in production: Sequelize
/// <c>logging: console.log | true</c> (with its connection options), TypeORM <c>logging: true | 'all' | ['query']</c>,
/// Prisma <c>log: ['query']</c>, knex <c>debug: true</c>, <c>mongoose.set('debug', true)</c>. A value or
/// block chosen by NODE_ENV / isDev is development-only and not reported.
/// </summary>
internal sealed class OrmSqlLoggingCheck : IJsCodeCheck
{
    private static readonly HashSet<string> OrmKeys = new(StringComparer.Ordinal) { "dialect", "type", "database", "host", "entities", "synchronize", "storage", "username", "url", "port", "models", "migrations" };

    public Rule Rule => CodeRules.OrmSqlLogging;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var (keyIndex, valueStart, valueEnd, open) in JsObjectLiteral.Keyed(s, "logging", "log", "debug"))
        {
            var key = s.IsIdentifier(keyIndex) ? s[keyIndex].Text : JsStrings.Value(s[keyIndex]);
            var what = key switch
            {
                "logging" when IsOrmOptions(file, open) && LogsQueries(s, valueStart, valueEnd) => "SQL logging (every query with its values)",
                "log" when IsPrismaOptions(file, open) && Contains(s, valueStart, valueEnd, "query") => "Prisma query logging",
                "debug" when JsObjectLiteral.Is(s, (valueStart, valueEnd), "true") && JsObjectLiteral.Property(s, open, "client") is not null => "knex debug output (every query with its bindings)",
                _ => null,
            };
            if (what is null || JsDevGuard.MentionsDevelopment(s, valueStart, valueEnd) || JsDevGuard.IsGuarded(file, keyIndex))
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, keyIndex, $"{what} is turned on with `{JsFinding.Code(file, keyIndex, valueEnd)}`; turn it off outside development", key, null, keyIndex, valueEnd);
        }

        foreach (var call in file.Calls)
        {
            if (call.Name == "set" && call.Parts is ["mongoose", "set"] && call.Arguments.Count == 2 && s.StringAt(call.Arguments[0].Start, call.Arguments[0].End) == "debug"
                && JsObjectLiteral.Is(s, call.Arguments[1], "true") && !JsDevGuard.IsGuarded(file, call.Start))
            {
                yield return JsFinding.At(Rule, file, call.Start, "mongoose debug logging (every query with its filter values) is turned on; turn it off outside development", call.Callee, null, call.Start, call.Close + 1);
            }
        }
    }

    private static bool LogsQueries(JsSyntax s, int start, int end) =>
        JsObjectLiteral.Is(s, (start, end), "true") || JsObjectLiteral.Is(s, (start, end), "all")
        || s.TextOf(start, end) is "console.log" or "console.info" or "console.debug"
        || s.Is(start, "[") && Contains(s, start, end, "query");

    private static bool Contains(JsSyntax s, int start, int end, string literal) =>
        Enumerable.Range(start, end - start).Any(i => s[i].IsStringLiteral && JsStrings.Value(s[i]) == literal);

    /// <summary>Sequelize/TypeORM connection options: an argument of <c>new Sequelize(...)</c>/<c>new DataSource(...)</c>, or an object with connection keys.</summary>
    private static bool IsOrmOptions(JsCodeFile file, int open)
    {
        var s = file.Syntax;
        if (s.Is(open - 1, "(") || s.Is(open - 1, ","))
        {
            var call = s.Parent(open);
            if (call >= 1 && s.IsIdentifier(call - 1) && s[call - 1].Text is "Sequelize" or "DataSource" or "createConnection" or "forRoot" or "initialize")
            {
                return true;
            }
        }

        return JsObjectLiteral.Properties(s, open).Count(p => OrmKeys.Contains(p.Key)) >= 2;
    }

    private static bool IsPrismaOptions(JsCodeFile file, int open)
    {
        var s = file.Syntax;
        var call = s.Parent(open);
        return call >= 1 && s.Is(call, "(") && s.IsIdentifier(call - 1) && s[call - 1].Text == "PrismaClient";
    }
}
