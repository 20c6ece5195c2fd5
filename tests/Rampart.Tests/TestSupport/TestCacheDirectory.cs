using System.Runtime.CompilerServices;

namespace Rampart.Tests.TestSupport;

/// <summary>Keeps the CLI's local data (the advisory store) in a temp folder, never the user's home.</summary>
internal static class TestCacheDirectory
{
    [ModuleInitializer]
    internal static void Use()
    {
        Environment.SetEnvironmentVariable("RAMPART_CACHE_DIR", Path.Combine(Path.GetTempPath(), "rampart-tests-cache"));
        // Tests never reach live package registries: registry checks are tested against local servers.
        Environment.SetEnvironmentVariable("RAMPART_OFFLINE", "1");
    }
}
