using System.Text;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// A unified diff of one file (<c>--- a/path</c>, <c>+++ b/path</c>, <c>@@</c> hunks with three
/// lines of context), for <c>rampart init --dry-run</c>. Line-based longest common subsequence:
/// the files init writes are small.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Beyond this many line pairs the diff is shown as a whole replacement instead of computed.</summary>
    private const long MaxCells = 4_000_000;

    public static string Render(string path, string? before, string after)
    {
        var old = SplitLines(before);
        var @new = SplitLines(after);
        var text = new StringBuilder();
        text.Append(before is null ? "--- /dev/null\n" : $"--- a/{path}\n").Append($"+++ b/{path}\n");
        var edits = Edits(old, @new);
        foreach (var (start, end) in Hunks(edits))
        {
            var oldStart = edits.Take(start).Count(e => e.Kind != '+');
            var newStart = edits.Take(start).Count(e => e.Kind != '-');
            var oldCount = edits[start..end].Count(e => e.Kind != '+');
            var newCount = edits[start..end].Count(e => e.Kind != '-');
            text.Append($"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
            foreach (var (kind, line) in edits[start..end])
            {
                text.Append(kind).Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string[] SplitLines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.TrimEnd('\n').Split('\n');

    /// <summary>The edit script: ' ' kept, '-' removed, '+' added, in file order.</summary>
    private static List<(char Kind, string Line)> Edits(string[] old, string[] @new)
    {
        if ((long)old.Length * @new.Length > MaxCells)
        {
            return [.. old.Select(l => ('-', l)), .. @new.Select(l => ('+', l))];
        }

        // common[i, j]: length of the longest common subsequence of old[i..] and new[j..].
        var common = new int[old.Length + 1, @new.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = @new.Length - 1; j >= 0; j--)
            {
                common[i, j] = old[i] == @new[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int a = 0, b = 0;
        while (a < old.Length || b < @new.Length)
        {
            if (a < old.Length && b < @new.Length && old[a] == @new[b])
            {
                edits.Add((' ', old[a++]));
                b++;
            }
            else if (a < old.Length && (b == @new.Length || common[a + 1, b] >= common[a, b + 1]))
            {
                edits.Add(('-', old[a++]));
            }
            else
            {
                edits.Add(('+', @new[b++]));
            }
        }

        return edits;
    }

    /// <summary>Runs of changes with their context, neighbouring runs joined when their context overlaps.</summary>
    private static List<(int Start, int End)> Hunks(List<(char Kind, string Line)> edits)
    {
        var hunks = new List<(int Start, int End)>();
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == ' ')
            {
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = Math.Min(edits.Count, i + 1 + Context);
            if (hunks.Count > 0 && start <= hunks[^1].End)
            {
                hunks[^1] = (hunks[^1].Start, end);
            }
            else
            {
                hunks.Add((start, end));
            }
        }

        return hunks;
    }

    /// <summary>A hunk range: 1-based start and count; an empty range starts at the line before it.</summary>
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";
}
