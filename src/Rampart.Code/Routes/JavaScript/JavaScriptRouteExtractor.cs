using Rampart.Code.Routes.JavaScript.Express;
using Rampart.Code.Routes.JavaScript.Fastify;
using Rampart.Code.Routes.JavaScript.NestJs;
using Rampart.Code.Routes.JavaScript.NextJs;
using Rampart.Code.Routes.Model;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// Routes of JavaScript/TypeScript apps: Express (and Koa, Hono), Fastify, Next.js and NestJS. Every source file is lexed
/// once into a shared workspace (imports resolved across files), then each framework reads it.
/// </summary>
public sealed class JavaScriptRouteExtractor : IRouteExtractor
{
    public string Name => "javascript-routes";

    public async Task<RouteInventory> ExtractAsync(ScanContext context, CancellationToken cancellationToken)
    {
        if (!context.Files.Any(JsWorkspace.IsSource))
        {
            return RouteInventory.Empty;
        }

        var workspace = await JsWorkspace.ForScanAsync(context, cancellationToken).ConfigureAwait(false);
        var classifier = new JsMiddlewareClassifier(workspace, JsAuthVocabulary.For(context.Config.Routes));
        return RouteInventory.Combine(
        [
            ExpressRouteExtractor.Extract(workspace, classifier),
            FastifyRouteExtractor.Extract(workspace, classifier),
            NextJsRouteExtractor.Extract(workspace, classifier, context.Files),
            NestJsRouteExtractor.Extract(workspace, classifier),
        ]);
    }
}
