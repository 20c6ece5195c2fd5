using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Rampart.Tests.TestSupport;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) for code that downloads: each request is recorded
/// and answered by the test's handler. Never the live network.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerRequest, HttpListenerResponse, Task> handler;
    private readonly Task loop;

    public LocalHttpServer(Func<HttpListenerRequest, HttpListenerResponse, Task> handler)
    {
        this.handler = handler;
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    /// <summary>Each request as "METHOD /path", with the conditional headers it sent.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>A port nothing listens on (bound, then released), for the unreachable case.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; how it ends does not matter to a test.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var request = context.Request;
            Requests.Enqueue(new RecordedRequest($"{request.HttpMethod} {request.Url!.AbsolutePath}", request.Headers["If-None-Match"], request.Headers["If-Modified-Since"]));
            try
            {
                await handler(request, context.Response);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    internal sealed record RecordedRequest(string Line, string? IfNoneMatch, string? IfModifiedSince);
}
