using System.Reflection;
using Xunit;

namespace {{namespace}};

// The first smoke test, written by `rampart init`: it proves that the pipeline builds the app and
// runs tests. Replace it with tests of real behaviour; for a web app, WebApplicationFactory from
// Microsoft.AspNetCore.Mvc.Testing starts the app in memory.
public sealed class SmokeTests
{
    [Fact]
    public void The_app_assembly_loads()
    {
        var assembly = Assembly.Load("{{assembly}}");

        Assert.Equal("{{assembly}}", assembly.GetName().Name);
    }
}
