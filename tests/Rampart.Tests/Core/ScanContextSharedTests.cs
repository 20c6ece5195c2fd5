using Rampart.Core.Configuration;
using Rampart.Core.Scanning;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Core;

public sealed class ScanContextSharedTests
{
    [Fact]
    public async Task Shared_work_runs_once_for_concurrent_callers_and_once_per_scan()
    {
        using var tree = new TempTree().Write("a.txt", "x");
        var source = new WorkingTreeSource(tree.Root, new WalkOptions());
        var files = await source.ListAsync(CancellationToken.None);
        var first = new ScanContext(tree.Root, files, source, RampartConfig.Default, TimeProvider.System, 2);
        var second = new ScanContext(tree.Root, files, source, RampartConfig.Default, TimeProvider.System, 2);
        var runs = 0;
        async Task<string> Parse()
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(50);
            return "parsed";
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => first.SharedAsync("sources", Parse))));
        var again = await second.SharedAsync("sources", Parse);

        Assert.All(results, r => Assert.Equal("parsed", r));
        Assert.Same(results[0], results[7]);
        Assert.Equal("parsed", again);
        Assert.Equal(2, runs);
    }
}
