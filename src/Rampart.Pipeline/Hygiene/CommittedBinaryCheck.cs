using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// RMP-P012: compiled binaries in the tree, one finding per file. Found by extension, so files the
/// walker skipped as too large count too; test fixtures, vendored packages and the Gradle/Maven
/// wrapper jars (committed on purpose) do not.
/// </summary>
internal static class CommittedBinaryCheck
{
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".so", ".dylib", ".jar", ".war", ".ear", ".class", ".pyc", ".pyo", ".o", ".obj", ".a", ".lib", ".apk", ".aab", ".ipa", ".msi",
    };

    /// <summary>Folders where binaries are test data or someone else's, not the project's build output.</summary>
    private static readonly HashSet<string> ExemptFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", "test", "tests", "__tests__", "fixtures", "__fixtures__", "testdata", "test-data", "test_data", "testfixtures",
    };

    private static readonly HashSet<string> WrapperJars = new(StringComparer.Ordinal) { "gradle/wrapper/gradle-wrapper.jar", ".mvn/wrapper/maven-wrapper.jar" };

    public static IReadOnlyList<Finding> Check(RepositoryLayout layout, ScanContext context)
    {
        if (!layout.HasProject)
        {
            return [];
        }

        var tooLarge = context.Inventory.Skipped.Where(s => s.Reason == SkipReason.TooLarge).Select(s => s.Path);
        return
        [
            .. context.Files.Select(f => f.Path).Concat(tooLarge)
                .Where(IsCommittedBinary)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(Create),
        ];
    }

    private static bool IsCommittedBinary(string path) =>
        BinaryExtensions.Contains(Path.GetExtension(path))
        && !WrapperJars.Any(w => path == w || path.EndsWith("/" + w, StringComparison.Ordinal))
        && !path.Split('/')[..^1].Any(ExemptFolders.Contains);

    private static Finding Create(string path) =>
        PipelineFinding.Create(
            PipelineRules.CommittedBinary,
            new SourceLocation(path),
            $"Committed binary {path}: it cannot be reviewed or rebuilt from source; build output belongs in .gitignore, third-party binaries in the package manager",
            $"binary {Path.GetExtension(path).ToLowerInvariant()}",
            new PipelineEvidence("committed-binary") { Observed = [$"file {path}"] });
}
