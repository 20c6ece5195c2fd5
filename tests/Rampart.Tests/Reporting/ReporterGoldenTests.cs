using Rampart.Reporting;

namespace Rampart.Tests.Reporting;

/// <summary>
/// Every reporter, on every sample report, against a committed golden file. To accept an intended
/// change: <c>RAMPART_UPDATE_GOLDEN=1 dotnet test --filter "FullyQualifiedName~ReporterGoldenTests"</c>,
/// then review the diff of <c>Reporting/Golden/</c>.
/// </summary>
public sealed class ReporterGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var reportName in SampleReports.Names)
        {
            foreach (var format in ReportRendering.Formats)
            {
                cases.Add(reportName, format.ToString());
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_matches_its_golden_file(string reportName, string formatName)
    {
        var format = Enum.Parse<ReportFormat>(formatName);
        var output = ReportRendering.Render(format, SampleReports.ByName(reportName));

        GoldenFile.AssertMatches(ReportRendering.GoldenFileName(reportName, format), output);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendering_the_same_report_twice_gives_the_same_text(string reportName, string formatName)
    {
        var format = Enum.Parse<ReportFormat>(formatName);

        var first = ReportRendering.Render(format, SampleReports.ByName(reportName));
        var second = ReportRendering.Render(format, SampleReports.ByName(reportName));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_rendered_case()
    {
        if (!Directory.Exists(GoldenFile.DirectoryPath))
        {
            return;
        }

        var rendered = SampleReports.Names
            .SelectMany(name => ReportRendering.Formats.Select(format => ReportRendering.GoldenFileName(name, format)))
            .ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(GoldenFile.DirectoryPath)
            .Select(path => Path.GetFileName(path))
            .Where(name => !rendered.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(stale);
    }
}
