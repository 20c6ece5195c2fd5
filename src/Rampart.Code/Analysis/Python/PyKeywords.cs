namespace Rampart.Code.Analysis.Python;

/// <summary>Python's reserved words (and the soft keywords that start statements): never a name in a chain.</summary>
internal static class PyKeywords
{
    private static readonly HashSet<string> Words =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
        "while", "with", "yield",
    ];

    public static bool Contains(string word) => Words.Contains(word);
}
