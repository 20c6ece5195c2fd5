using Rampart.Code.Routes.JavaScript;
using Rampart.Code.Routes.Model;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Routes.JavaScript;

public sealed class JavaScriptRouteExtractorTests
{
    [Fact]
    public async Task A_file_that_does_not_lex_is_a_warning_naming_it_and_the_other_files_still_count()
    {
        using var tree = new TempTree()
            .Write("package.json", "{}")
            .Write("broken.js", "const s = 'never closed;\napp.get('/x', h);\n")
            .Write("app.js", "const app = require('express')();\napp.post('/orders', (req, res) => res.json(req.body));\n");

        var (inventory, context) = await RouteFixture.ExtractAsync(tree.Root, new JavaScriptRouteExtractor());

        var warning = Assert.Single(context.Warnings.ToList());
        Assert.Equal("broken.js", warning.Path);
        Assert.Contains("unterminated string", warning.Message, StringComparison.Ordinal);
        var route = Assert.Single(inventory.Routes);
        Assert.Equal(("/orders", AuthState.None), (route.Path, route.Auth));
    }

    [Fact]
    public async Task The_weekend_app_admin_export_route_is_open_and_its_siblings_are_not()
    {
        var (inventory, _) = await RouteFixture.ExtractAsync(RepoPaths.InRepo("samples/weekend-app"), new JavaScriptRouteExtractor());

        var export = Assert.Single(inventory.Routes, r => r.Path == "/api/admin/export");
        Assert.Equal((AuthState.None, "service/routes/admin.js", 39), (export.Auth, export.Location.Path, export.Location.Line));
        Assert.All(inventory.Routes.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal) && r != export), r => Assert.Equal(AuthState.Required, r.Auth));
    }
}
