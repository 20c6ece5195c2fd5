using System.Diagnostics;
using System.Globalization;
using Rampart.Core.Configuration;
using Rampart.Core.Scanning;

namespace Rampart.Bench.WalkBench;

/// <summary>
/// Times the file walker on a directory and prints one machine-readable line per phase:
/// <c>walk</c> (enumeration only) and <c>read</c> (a fresh walk, then every file read and
/// decoded through <see cref="ScanContext.ForEachTextAsync"/>, as detectors do).
/// </summary>
internal static class Program
{
    private const string Usage = "usage: WalkBench <directory> [--phase walk|read|both] [--parallelism N]";
    private const double Mib = 1024.0 * 1024.0;

    public static async Task<int> Main(string[] args)
    {
        string? root = null;
        var phase = "both";
        var parallelism = Environment.ProcessorCount;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--phase" when i + 1 < args.Length && args[i + 1] is "walk" or "read" or "both":
                    phase = args[++i];
                    break;
                case "--parallelism" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    parallelism = n;
                    i++;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    if (root is not null || args[i].StartsWith('-'))
                    {
                        Console.Error.WriteLine($"WalkBench: unexpected argument '{args[i]}'");
                        Console.Error.WriteLine(Usage);
                        return 2;
                    }

                    root = args[i];
                    break;
            }
        }

        if (root is null || !Directory.Exists(root))
        {
            Console.Error.WriteLine(root is null ? Usage : $"WalkBench: {root}: no such directory");
            return 2;
        }

        root = Path.GetFullPath(root);
        if (phase is "walk" or "both")
        {
            Walk(root);
        }

        if (phase is "read" or "both")
        {
            await ReadAsync(root, parallelism).ConfigureAwait(false);
        }

        return 0;
    }

    private static void Walk(string root)
    {
        var stopwatch = Stopwatch.StartNew();
        var inventory = new FileWalker().Walk(root, new WalkOptions());
        stopwatch.Stop();

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var files = inventory.Files.Count;
        Emit(string.Create(CultureInfo.InvariantCulture,
            $"walk files={files} skipped={inventory.Skipped.Count} bytes={inventory.Files.Sum(f => f.Length)} seconds={seconds:0.000} files_per_s={files / seconds:0} peak_mb={PeakWorkingSetMb():0.0}"));
    }

    private static async Task ReadAsync(string root, int parallelism)
    {
        var counters = new Counters();
        var stopwatch = Stopwatch.StartNew();
        var inventory = new FileWalker().Walk(root, new WalkOptions());
        var walkSeconds = stopwatch.Elapsed.TotalSeconds;

        var context = new ScanContext(root, inventory, new WorkingTreeSource(root, new WalkOptions()), RampartConfig.Default, TimeProvider.System, parallelism);
        await context.ForEachTextAsync(
            _ => true,
            (text, _) =>
            {
                counters.Add(text);
                return ValueTask.CompletedTask;
            },
            CancellationToken.None).ConfigureAwait(false);
        stopwatch.Stop();

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var files = inventory.Files.Count;

        // ReadTextAsync reads every listed file in full before deciding it is binary, so the
        // bytes read from disk are the sizes of all listed files.
        var bytes = inventory.Files.Sum(f => f.Length);
        var skipped = context.SkippedWhileReading;
        var binary = skipped.Count(s => s.Reason == SkipReason.Binary);
        var unreadable = skipped.Count(s => s.Reason == SkipReason.Unreadable);
        Emit(string.Create(CultureInfo.InvariantCulture,
            $"read files={files} text_files={counters.TextFiles} binary_files={binary} unreadable={unreadable} fallback_decoded={counters.FallbackDecoded} " +
            $"bytes={bytes} text_bytes={counters.TextBytes} chars={counters.Chars} walk_seconds={walkSeconds:0.000} seconds={seconds:0.000} " +
            $"mib_per_s={bytes / Mib / seconds:0.0} files_per_s={files / seconds:0} peak_mb={PeakWorkingSetMb():0.0} " +
            $"alloc_mb={GC.GetTotalAllocatedBytes(precise: true) / Mib:0} parallelism={parallelism}"));
    }

    private static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / Mib;
    }

    private static void Emit(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }

    /// <summary>Totals updated from the parallel readers.</summary>
    private sealed class Counters
    {
        private long _textFiles;
        private long _textBytes;
        private long _chars;
        private long _fallbackDecoded;

        public long TextFiles => Interlocked.Read(ref _textFiles);

        public long TextBytes => Interlocked.Read(ref _textBytes);

        public long Chars => Interlocked.Read(ref _chars);

        public long FallbackDecoded => Interlocked.Read(ref _fallbackDecoded);

        public void Add(FileText text)
        {
            Interlocked.Increment(ref _textFiles);
            Interlocked.Add(ref _textBytes, text.File.Length);
            Interlocked.Add(ref _chars, text.Text.Length);
            if (text.DecodedWithFallback)
            {
                Interlocked.Increment(ref _fallbackDecoded);
            }
        }
    }
}
