using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// The vocabulary of "this command runs tests": test runners and the build-tool verbs that run
/// them, per stack. A command line is split into simple commands first, so an install next to a
/// test run (<c>pip install -r r.txt &amp;&amp; pytest</c>) still counts.
/// </summary>
internal static class TestCommands
{
    private static readonly string[] TestRunnerPatterns =
    [
        @"\bdotnet\s+(test|vstest)\b",
        @"\b(npm|pnpm|yarn|bun)\b.*\s(run(-script)?\s+)?(test|t|tst)(:[\w:.-]+)?(\s|$)",
        @"\bnpm\s+(it|cit|install-test|install-ci-test)\b",
        @"\b(vitest|jest|mocha|ava|karma|jasmine)\b",
        @"\bnode\s+(-\S+\s+)*--test\b",
        @"\b(playwright|cypress)\s+(test|run)\b",
        @"\b(pytest|py\.test|tox|nox)\b",
        @"\bpython[\d.]*\s+(-\S+\s+)*-m\s+(pytest|unittest|nose2?)\b",
        @"\b(go|deno|bun|swift|flutter|dart|mix|zig)\s+test\b",
        @"\bcargo\s+(test|nextest)\b",
        @"\bmvnw?(\.cmd)?\b(?!.*-D(skipTests|maven\.test\.skip)\b).*\b(test|verify|package|install|deploy)\b",
        @"\bgradlew?(\.bat)?\b(?!.*\s-x\s+test\b).*\b(test|check|build)\b",
        @"\b(phpunit|pest|rspec|ctest)\b",
        @"\b(rake|make)\s+(test|spec|check)\b",
        @"\b(run[-_])?tests?\.(sh|ps1|py)\b",
    ];

    /// <summary>Actions or tasks that run a test suite themselves.</summary>
    private static readonly string[] TestActionPrefixes = ["cypress-io/github-action", "VSTest@"];

    /// <summary>Installing a test runner (<c>pip install pytest</c>) does not run it.</summary>
    private static readonly Regex PackageInstall = new(
        @"^\s*(sudo\s+)?(pip3?|python[\d.]*\s+-m\s+pip|npm|pnpm|yarn|bun|uv(\s+pip)?|poetry|pipx|apt(-get)?|apk|brew|gem|dotnet\s+tool)\s+(install|add|i)\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex TestRunner = new(string.Join('|', TestRunnerPatterns.Select(p => $"(?:{p})")), RegexOptions.CultureInvariant);

    private static readonly Regex CommandSeparator = new(@"&&|\|\||[;|]", RegexOptions.CultureInvariant);

    public static IEnumerable<string> SimpleCommands(string commandLine) =>
        CommandSeparator.Split(commandLine).Select(c => c.Trim()).Where(c => c.Length > 0);

    /// <summary>True when the command line runs a test runner, or a package script that does.</summary>
    public static bool RunsTests(string commandLine, IReadOnlySet<string> testingScripts) =>
        SimpleCommands(commandLine).Any(c => !PackageInstall.IsMatch(c) && (TestRunner.IsMatch(c) || RunsPackageScript(c, testingScripts)));

    public static bool IsTestAction(string reference) =>
        TestActionPrefixes.Any(p => reference.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <c>npm run ci</c>, <c>yarn ci</c>, <c>pnpm verify</c>: npm needs <c>run</c> for a script
    /// that is not a built-in (<c>npm ci</c> is the install), the others accept the bare name.
    /// </summary>
    private static bool RunsPackageScript(string command, IReadOnlySet<string> scripts)
    {
        var words = command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var tool = Array.FindIndex(words, w => w is "npm" or "pnpm" or "yarn" or "bun");
        if (tool < 0)
        {
            return false;
        }

        for (var i = tool + 1; i < words.Length; i++)
        {
            var afterRun = words[i - 1] is "run" or "run-script";
            if (scripts.Contains(words[i]) && (afterRun || words[tool] != "npm"))
            {
                return true;
            }
        }

        return false;
    }
}
