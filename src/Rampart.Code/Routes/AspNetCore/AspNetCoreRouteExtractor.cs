using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// The routes of every ASP.NET Core project under the root, from source only (Roslyn; no build or
/// restore): controllers, minimal APIs with groups across files, Razor Pages, Blazor, SignalR, gRPC,
/// health checks, forwarders, static files and OpenAPI UIs, each with its resolved auth state.
/// </summary>
public sealed class AspNetCoreRouteExtractor : IRouteExtractor
{
    public string Name => "aspnetcore-routes";

    public async Task<RouteInventory> ExtractAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var projects = await CSharpProject.ForScanAsync(context, cancellationToken).ConfigureAwait(false);
        var parts = new List<RouteInventory>();
        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            parts.Add(Extract(project, context));
        }

        return RouteInventory.Combine(parts);
    }

    private static RouteInventory Extract(CSharpProject project, ScanContext context)
    {
        var attributes = new AuthAttributeReader(project, context.Config.Routes);
        var facts = PipelineFacts.Collect(project);
        var protos = project.ProtoFiles.SelectMany(p => ProtoService.Read(p.Text)).ToList();
        var sources = new EndpointSources(project, attributes, new ControllerRoutes(project, attributes), new MarkupRoutes(project, attributes, facts), new HandlerReader(project, attributes), protos);
        var walker = new EndpointRegistrationWalker(project, sources, facts);
        walker.Walk();

        var candidates = walker.Endpoints.SelectMany(e => e.Expand()).ToList();
        // Controllers, pages and components exist even when the Map call that exposes them was not seen.
        var unmapped = new EndpointNode(new AppNode(), "none", _ => []);
        if (!walker.Endpoints.Any(e => e.Kind is "MapControllers" or "MapDefaultControllerRoute" or "MapControllerRoute" or "MapAreaControllerRoute"))
        {
            candidates.AddRange(sources.Controllers(unmapped));
        }

        if (!walker.Endpoints.Any(e => e.Kind == "MapRazorPages"))
        {
            candidates.AddRange(sources.RazorPages(unmapped));
        }

        if (!walker.Endpoints.Any(e => e.Kind == "MapRazorComponents"))
        {
            candidates.AddRange(sources.Components(unmapped));
        }

        var routes = candidates
            .DistinctBy(c => (string.Join(',', c.Methods), c.Path, c.Location.Path, c.Location.Line))
            .Select(c => AuthResolver.Resolve(c, facts, project.Folder))
            .ToList();
        var problems = PipelineProblems.Find(routes, facts, project).Concat(CommentedOutAuth.Find(project, routes)).ToList();
        return new RouteInventory(routes, problems);
    }
}
