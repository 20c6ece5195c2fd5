namespace Rampart.Core.Configuration;

/// <summary>A configuration problem, already phrased as one line naming the file, line and problem.</summary>
public sealed class ConfigException(string message) : Exception(message)
{
    public static ConfigException At(string file, int line, int column, string problem) =>
        new(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}");
}
