using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>Reads the <c>if</c>s around a statement: development-only guards and the script entry point.</summary>
internal static class PyConditions
{
    private static readonly string[] DevelopmentWords = ["debug", "\"dev", "'dev", "development", "\"local\"", "'local'", "is_dev", "testing", "\"test\"", "'test'"];
    private static readonly string[] ProductionWords = ["\"prod", "'prod", "production"];

    /// <summary>
    /// True when a surrounding condition only holds in development: <c>if settings.DEBUG</c>,
    /// <c>if os.getenv("ENV") == "development"</c>, <c>if ENV != "production"</c>. A negated
    /// development test (<c>if not DEBUG</c>) is a production branch.
    /// </summary>
    public static bool IsDevelopmentOnly(IEnumerable<PyCondition> conditions) => conditions.Any(IsDevelopment);

    public static bool IsDevelopment(PyCondition condition)
    {
        var text = condition.Text.ToLowerInvariant();
        if (condition.IsLoop)
        {
            return false;
        }

        var negated = text.StartsWith("if not ", StringComparison.Ordinal) || text.Contains("not (", StringComparison.Ordinal);
        if (ProductionWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            // `if ENV != "production"` is development; `if ENV == "production"` is not.
            return text.Contains("!=", StringComparison.Ordinal) ^ negated;
        }

        return !negated && !text.Contains("!=", StringComparison.Ordinal) && DevelopmentWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Inside <c>if __name__ == "__main__":</c>: the code runs only when the file is started as a script.</summary>
    public static bool IsMainGuard(PyCondition condition) => condition.Text.Contains("__name__", StringComparison.Ordinal) && condition.Text.Contains("__main__", StringComparison.Ordinal);
}
