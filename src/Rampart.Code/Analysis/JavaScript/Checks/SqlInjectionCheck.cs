using System.Text.RegularExpressions;
using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C020: request data inside the SQL text of a raw query: mysql/mysql2/pg <c>query/execute</c>,
/// <c>sequelize.query</c>, knex <c>raw/whereRaw/...</c>, Prisma <c>$queryRawUnsafe/$executeRawUnsafe</c>,
/// better-sqlite3/sqlite <c>prepare/exec/run/all/get</c>, postgres.js <c>unsafe</c>. Values passed as
/// parameters (the second argument, <c>{ text, values }</c>, tagged templates such as
/// <c>sql`...`</c> and <c>$queryRaw`...`</c>) are not part of the SQL.
/// </summary>
internal sealed partial class SqlInjectionCheck : IJsCodeCheck
{
    private static readonly HashSet<string> RawMethods = new(StringComparer.Ordinal)
    {
        "$queryRawUnsafe", "$executeRawUnsafe", "raw", "whereRaw", "orWhereRaw", "andWhereRaw", "havingRaw", "orHavingRaw", "orderByRaw", "joinRaw", "groupByRaw", "fromRaw", "unsafe",
    };

    private static readonly HashSet<string> QueryMethods = new(StringComparer.Ordinal) { "query", "execute", "exec", "prepare", "run", "all", "get", "each", "many", "one", "none", "any", "oneOrNone", "manyOrNone" };

    private static readonly HashSet<string> DatabaseWords = new(StringComparer.Ordinal) { "pool", "db", "client", "conn", "connection", "knex", "sequelize", "sql", "database", "pg", "mysql", "sqlite", "tx", "trx", "prisma", "manager", "runner", "datasource", "repository", "repo", "em" };

    public Rule Rule => CodeRules.SqlInjection;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var raw = RawMethods.Contains(call.Name) && call.Parts.Count > 1;
            if (!raw && !QueryMethods.Contains(call.Name) || call.Arguments.Count == 0 || call.Parts.Count < 2)
            {
                continue;
            }

            var (module, _) = file.Resolve(call);
            if (module is "child_process" or "shelljs")
            {
                continue;
            }

            var argument = SqlArgument(file, call.Arguments[0]);
            if (argument is null)
            {
                continue;
            }

            var scope = file.ScopeAt(call.Start);
            var looksLikeSql = LooksLikeSql(file, scope, argument.Value);
            var receiverWords = SensitiveNames.Words(call.Parts[^2].TrimEnd('(', ')'));
            var databaseReceiver = receiverWords.Count > 0 && DatabaseWords.Contains(receiverWords[^1]) && call.Name is "query" or "execute" or "exec" or "prepare";
            if (!raw && !looksLikeSql && !databaseReceiver)
            {
                continue;
            }

            if (scope.Evaluate(argument.Value.Start, argument.Value.End, JsSinkKind.Sql) is { } taint)
            {
                yield return JsFinding.At(Rule, file, call.Start, $"SQL built from request data `{taint.Source}` reaches `{call.Callee}`; pass it as a parameter instead", call.Callee, taint.Source, call.Start, call.Close + 1);
            }
        }
    }

    /// <summary>The SQL text of the first argument: the argument itself, or the <c>text</c>/<c>sql</c> of a <c>{ text, values }</c> object.</summary>
    private static (int Start, int End)? SqlArgument(JsCodeFile file, (int Start, int End) argument)
    {
        var s = file.Syntax;
        if (!s.Is(argument.Start, "{"))
        {
            return argument;
        }

        return JsObjectLiteral.Property(s, argument.Start, "text") ?? JsObjectLiteral.Property(s, argument.Start, "sql") ?? JsObjectLiteral.Property(s, argument.Start, "query");
    }

    /// <summary>True when the literal text of the argument (or of the variable it names, over all its assignments) reads as SQL.</summary>
    private static bool LooksLikeSql(JsCodeFile file, JsTaintScope scope, (int Start, int End) range, int depth = 0)
    {
        var s = file.Syntax;
        var text = new System.Text.StringBuilder();
        for (var i = range.Start; i < range.End; i++)
        {
            if (s[i].Kind is JsTokenKind.String or JsTokenKind.Template or JsTokenKind.TemplateHead or JsTokenKind.TemplateMiddle or JsTokenKind.TemplateTail)
            {
                text.Append(JsStrings.Value(s[i])).Append(' ');
            }
            else if (depth < 2 && s.IsIdentifier(i) && !s.Is(i - 1, ".") && scope.BindingOf(s[i].Text, range.Start) is { ValueStart: >= 0 } binding && LooksLikeSql(file, scope, (binding.ValueStart, binding.ValueEnd), depth + 1))
            {
                return true;
            }
        }

        return Sql().IsMatch(text.ToString());
    }

    [GeneratedRegex(@"\b(select\b[\s\S]*\bfrom|insert\s+into|update\b[\s\S]*\bset\b|delete\s+from|\bwhere\b|order\s+by|group\s+by|create\s+table|drop\s+table|values\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex Sql();
}
