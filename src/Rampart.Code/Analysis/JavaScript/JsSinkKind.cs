namespace Rampart.Code.Analysis.JavaScript;

/// <summary>The kind of sink a value is evaluated for: sanitizers differ (encodeURIComponent stops path traversal, not SQL injection).</summary>
internal enum JsSinkKind
{
    Any,
    Sql,
    NoSql,
    Command,
    Path,
    Url,
}
