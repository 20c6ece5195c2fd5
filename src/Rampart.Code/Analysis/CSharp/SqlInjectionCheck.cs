using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// Request data in the SQL text of a raw-SQL API: EF Core FromSqlRaw/ExecuteSqlRaw/SqlQueryRaw, ADO.NET
/// commands (constructor or CommandText), Dapper's Query/Execute family. The interpolating APIs
/// (FromSql, FromSqlInterpolated, ExecuteSql) and values passed as parameters are safe.
/// </summary>
internal sealed class SqlInjectionCheck : ICSharpCheck
{
    private static readonly HashSet<string> RawSqlMethods = new(StringComparer.Ordinal) { "FromSqlRaw", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "SqlQueryRaw" };

    private static readonly HashSet<string> DapperMethods = new(StringComparer.Ordinal)
    {
        "Query", "QueryAsync", "QueryFirst", "QueryFirstAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync", "QuerySingle", "QuerySingleAsync", "QuerySingleOrDefault", "QuerySingleOrDefaultAsync",
        "QueryMultiple", "QueryMultipleAsync", "Execute", "ExecuteAsync", "ExecuteScalar", "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync",
    };

    private static readonly HashSet<string> CommandTypes = new(StringComparer.Ordinal) { "SqlCommand", "NpgsqlCommand", "SqliteCommand", "MySqlCommand", "OracleCommand", "OleDbCommand", "OdbcCommand", "SQLiteCommand" };

    public Rule Rule => CodeRules.SqlInjection;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            var (sql, sink) = node switch
            {
                InvocationExpressionSyntax call when CSharpSyntax.MethodName(call) is { } name && (RawSqlMethods.Contains(name) || DapperMethods.Contains(name) && LooksLikeConnection(call)) => (call.ArgumentList.Arguments.FirstOrDefault()?.Expression, name),
                BaseObjectCreationExpressionSyntax creation when CommandTypes.Contains(TypeName(creation)) => (creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression, $"new {TypeName(creation)}"),
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CommandText" } } assignment => (assignment.Right, "CommandText"),
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "CommandText" } } initializer => (initializer.Right, "CommandText"),
                _ => (null, ""),
            };
            if (sql is null || file.TaintAt(node).SourceOf(sql) is not { } source)
            {
                continue;
            }

            yield return CodeFinding.Create(Rule, file.LocationOf(node), $"{source} reaches the SQL text of {sink}: the caller can change the query", sink, source, CSharpFile.Snippet(node));
        }
    }

    private static string TypeName(BaseObjectCreationExpressionSyntax creation) =>
        creation is ObjectCreationExpressionSyntax explicitType ? explicitType.Type.ToString().Split('.')[^1] : "";

    /// <summary>Dapper's names are common: require a connection-like receiver (conn, connection, db, _connection).</summary>
    private static bool LooksLikeConnection(InvocationExpressionSyntax call)
    {
        var receiver = CSharpSyntax.ReceiverOf(call).ToLowerInvariant();
        return receiver.Contains("conn", StringComparison.Ordinal) || receiver.EndsWith("db", StringComparison.Ordinal) || receiver.Contains("sql", StringComparison.Ordinal) || receiver.Contains("dapper", StringComparison.Ordinal);
    }
}
