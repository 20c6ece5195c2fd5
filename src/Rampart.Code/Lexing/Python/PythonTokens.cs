namespace Rampart.Code.Lexing.Python;

/// <summary>
/// A lexed file: the tokens (comments left out so structural matching never sees them), the
/// comments on the side (commented-out auth is looked for there), and the matching bracket of each
/// opening/closing bracket token.
/// </summary>
public sealed class PythonTokens(IReadOnlyList<PythonToken> tokens, IReadOnlyList<PythonToken> comments, int[] matches)
{
    public IReadOnlyList<PythonToken> Tokens { get; } = tokens;

    public IReadOnlyList<PythonToken> Comments { get; } = comments;

    public int Count => Tokens.Count;

    public PythonToken this[int index] => Tokens[index];

    /// <summary>The index of the bracket matching the one at <paramref name="index"/>, or -1.</summary>
    public int Match(int index) => matches[index];
}
