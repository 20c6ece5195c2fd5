using Rampart.Tests.TestSupport;
using System.Text;

namespace Rampart.Tests.Reporting;

/// <summary>
/// Compares rendered output with a committed golden file in
/// <c>tests/Rampart.Tests/Reporting/Golden/</c>; with <c>RAMPART_UPDATE_GOLDEN=1</c> it (re)writes
/// the file instead, so an intended change is accepted by regenerating and reviewing the diff.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "RAMPART_UPDATE_GOLDEN";

    private const string UpdateCommand =
        $"{UpdateVariable}=1 dotnet test tests/Rampart.Tests --filter \"FullyQualifiedName~Rampart.Tests.Reporting.ReporterGoldenTests\"";

    public static string DirectoryPath => Path.Combine(RepoPaths.RepoRoot, "tests", "Rampart.Tests", "Reporting", "Golden");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <param name="fileName">Name inside the golden folder, e.g. <c>findings.sarif</c>.</param>
    /// <param name="actual">Rendered output with '\n' line endings.</param>
    public static void AssertMatches(string fileName, string actual)
    {
        var path = Path.Combine(DirectoryPath, fileName);
        if (UpdateRequested)
        {
            Directory.CreateDirectory(DirectoryPath);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"Golden file {path} does not exist. Create it with:\n  {UpdateCommand}\nthen review the new file and commit it.");
        }

        // A checkout with autocrlf turns '\n' into "\r\n"; the content is what is compared.
        var expected = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        Assert.Fail($"Output differs from golden file {path}: {FirstDifference(expected, actual)}\n"
            + $"If the change is intended, regenerate with:\n  {UpdateCommand}\nand review the diff before committing.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expectedLine = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var actualLine = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (expectedLine != actualLine)
            {
                return $"first difference at line {i + 1}\n  golden: {expectedLine}\n  actual: {actualLine}";
            }
        }

        return "the files differ only in line endings or encoding";
    }
}
