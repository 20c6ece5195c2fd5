using System.Text.RegularExpressions;

namespace Rampart.Secrets.Detection;

/// <summary>Paths whose secrets are usually fakes: tests, fixtures, examples and docs are rated one step lower.</summary>
internal static partial class PathKind
{
    public static bool IsTestOrDocs(string path) => TestOrDocs().IsMatch(path);

    [GeneratedRegex(@"(?i)(^|/)(tests?|__tests__|spec|specs|fixtures?|testdata|test-data|examples?|samples?|docs?|mocks?|__mocks__)/|\.(test|spec)\.[a-z]+$|_test\.(go|py)$|(^|/)test_[^/]+\.py$|\.(md|mdx|rst|adoc)$", RegexOptions.CultureInvariant)]
    private static partial Regex TestOrDocs();
}
