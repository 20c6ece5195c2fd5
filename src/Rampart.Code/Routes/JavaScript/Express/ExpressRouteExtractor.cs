using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.Express;

/// <summary>Express (and Express-style) routes of the workspace, with their commented-out auth problems.</summary>
internal static class ExpressRouteExtractor
{
    public static RouteInventory Extract(JsWorkspace workspace, JsMiddlewareClassifier classifier)
    {
        var reader = new ExpressRegistrationReader(workspace);
        foreach (var file in workspace.Files)
        {
            reader.Read(file);
        }

        var built = new ExpressRouteBuilder(workspace, reader, classifier).Build();
        var problems = built.GroupBy(b => b.File.Path)
            .SelectMany(g => JsCommentedAuth.Find(g.First().File, g.Select(b => b.Span).ToList(), classifier.Vocabulary, g.First().Span.Route.Framework))
            .ToList();
        return new RouteInventory(built.Select(b => b.Span.Route).ToList(), problems);
    }
}
