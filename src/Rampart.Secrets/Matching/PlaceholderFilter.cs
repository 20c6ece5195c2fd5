using System.Buffers;

namespace Rampart.Secrets.Matching;

/// <summary>
/// Recognises values that are obviously not real secrets: documentation placeholders, masked
/// values, references to where the real secret lives, and trivial runs.
/// </summary>
internal static class PlaceholderFilter
{
    private static readonly SearchValues<string> Markers = SearchValues.Create(
        [
            "xxxx", "****", "your", "example", "sample", "changeme", "change_me", "change-me", "placeholder", "dummy",
            "<", ">", "${", "{{", "process.env", "os.environ", "getenv", "configuration[", "redacted", "replace_me",
            "replace-me", "insert", "todo", "fixme", "fake", "test_key", "testkey", "secret_here", "key_here", "...",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsPlaceholder(ReadOnlySpan<char> value) =>
        value.IndexOfAny(Markers) >= 0 || IsOneRepeatedCharacter(value) || IsAscendingRun(value);

    private static bool IsOneRepeatedCharacter(ReadOnlySpan<char> value) => value.Length > 0 && !value.ContainsAnyExcept(value[0]);

    /// <summary>"abcdef…", "123456…": at least 6 consecutive code points make up most of the value.</summary>
    private static bool IsAscendingRun(ReadOnlySpan<char> value)
    {
        var longest = 1;
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest >= 6 && longest * 2 >= value.Length;
    }
}
