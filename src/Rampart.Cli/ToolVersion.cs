using System.Reflection;

namespace Rampart.Cli;

/// <summary>The version printed by <c>--version</c> and written into reports (without build metadata).</summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
