using System.CommandLine;
using System.CommandLine.Parsing;
using Rampart.Reporting;

namespace Rampart.Cli.Output;

/// <summary>
/// Pairs <c>--format</c> and <c>--output</c> in command-line order: each <c>--output FILE</c>
/// belongs to the <c>--format</c> just before it.
/// </summary>
internal static class ReportTargetParser
{
    public static string FormatNames => string.Join(", ", Enum.GetValues<ReportFormat>().Select(f => f.ToString().ToLowerInvariant()));

    public static IReadOnlyList<ReportTarget> Parse(ParseResult result, Option formatOption, Option outputOption)
    {
        var targets = new List<ReportTarget>();
        var tokens = result.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option)
            {
                continue;
            }

            var value = tokens[i + 1].Value;
            if (Names(formatOption).Contains(tokens[i].Value))
            {
                targets.Add(new ReportTarget(ParseFormat(value), null));
            }
            else if (Names(outputOption).Contains(tokens[i].Value))
            {
                AttachOutput(targets, value);
            }
        }

        if (targets.Count == 0)
        {
            targets.Add(new ReportTarget(ReportFormat.Console, null));
        }

        if (targets.Count(t => t.File is null) > 1)
        {
            throw new UsageException("only one --format can go to standard output; give the others --output FILE");
        }

        var duplicate = targets.Where(t => t.File is not null).GroupBy(t => Path.GetFullPath(t.File!)).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? targets : throw new UsageException($"--output {duplicate.First().File} is given twice");
    }

    private static void AttachOutput(List<ReportTarget> targets, string file)
    {
        if (targets.Count == 0)
        {
            // "--output FILE" with no format: the default format, to that file.
            targets.Add(new ReportTarget(ReportFormat.Console, file));
        }
        else if (targets[^1].File is null)
        {
            targets[^1] = targets[^1] with { File = file };
        }
        else
        {
            throw new UsageException($"--output {file}: each --format takes at most one --output");
        }
    }

    private static IEnumerable<string> Names(Option option) => option.Aliases.Append(option.Name);

    private static ReportFormat ParseFormat(string text) =>
        text.All(char.IsLetter) && Enum.TryParse<ReportFormat>(text, ignoreCase: true, out var format)
            ? format
            : throw new UsageException($"unknown format '{text}' (expected one of: {FormatNames})");
}
