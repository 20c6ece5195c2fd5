using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Registry;

/// <summary>
/// Serves the recorded registry answers of Fixtures/Registry from 127.0.0.1: each route maps a
/// request path to a fixture file (`{{base}}` replaced with this server's address); anything else is 404.
/// </summary>
internal sealed class RegistryTestServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, string> _routes;
    private readonly Task _loop;

    public RegistryTestServer(Dictionary<string, string> routes)
    {
        _routes = routes;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>Paths requested, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Answer 500 to everything (a registry in trouble).</summary>
    public bool Failing { get; set; }

    /// <summary>Paths that answer 500 while the rest works.</summary>
    public ConcurrentBag<string> FailPaths { get; } = [];

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue(path);
            try
            {
                if (Failing || FailPaths.Contains(path))
                {
                    context.Response.StatusCode = 500;
                }
                else if (_routes.TryGetValue(path, out var fixture) && fixture.EndsWith(".nupkg", StringComparison.Ordinal))
                {
                    // Package files are served as recorded, byte for byte.
                    context.Response.ContentType = "application/octet-stream";
                    await context.Response.OutputStream.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Fixtures, "Registry", fixture)));
                }
                else if (_routes.TryGetValue(path, out var document))
                {
                    var body = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "Registry", document)).Replace("{{base}}", BaseUrl.AbsoluteUri, StringComparison.Ordinal);
                    var bytes = Encoding.UTF8.GetBytes(body);
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(bytes);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }
            }
            finally
            {
                context.Response.Close();
            }
        }
    }
}
