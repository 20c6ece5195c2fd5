namespace Rampart.Reporting.Console;

/// <summary>How the console report may render: the CLI decides from TTY, <c>NO_COLOR</c> and width.</summary>
public sealed record ConsoleStyle(bool UseColor, int Width)
{
    public const int DefaultWidth = 120;

    public static ConsoleStyle Plain { get; } = new(false, DefaultWidth);
}
