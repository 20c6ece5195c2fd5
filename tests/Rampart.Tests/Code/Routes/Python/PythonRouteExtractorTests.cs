using Rampart.Code.Routes.Model;
using Rampart.Code.Routes.Python;
using Rampart.Core.Configuration;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Routes.Python;

public sealed class PythonRouteExtractorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rampart-py-routes-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public async Task A_file_that_does_not_lex_is_a_warning_and_the_other_files_still_count()
    {
        Write("broken.py", "x = '''never closed\n");
        Write("app.py", "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/ok')\ndef ok():\n    return 'ok'\n");

        var (inventory, context) = await RouteFixture.ExtractAsync(_root, new PythonRouteExtractor());

        var warning = Assert.Single(context.Warnings.ToList());
        Assert.Equal("broken.py", warning.Path);
        Assert.Contains("line 1", warning.Message, StringComparison.Ordinal);
        Assert.Equal("/ok", Assert.Single(inventory.Routes).Path);
    }

    [Fact]
    public async Task Routes_in_a_loop_or_on_an_unincluded_router_are_unknown_not_dropped()
    {
        Write("main.py", "from fastapi import APIRouter, FastAPI\nfrom routes import a, b\napp = FastAPI()\nfor module in (a, b):\n    app.include_router(module.router)\n");
        Write("routes/a.py", "from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.post('/a')\ndef create_a():\n    pass\n");
        Write("routes/b.py", "");

        var (inventory, _) = await RouteFixture.ExtractAsync(_root, new PythonRouteExtractor());

        var route = Assert.Single(inventory.Routes);
        Assert.Equal(AuthState.Unknown, route.Auth);
        Assert.Contains("includes routers dynamically", route.UnknownReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Project_is_the_folder_of_the_nearest_python_project_marker()
    {
        Write("services/billing/pyproject.toml", "[project]\nname='billing'\n");
        Write("services/billing/app/main.py", "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/invoices')\ndef invoices():\n    return []\n");

        var (inventory, _) = await RouteFixture.ExtractAsync(_root, new PythonRouteExtractor());

        Assert.Equal("services/billing", Assert.Single(inventory.Routes).Project);
    }

    [Theory]
    [InlineData("# @login_required", "@login_required")]
    [InlineData("#user = Depends(get_current_user)  # off while testing", "user = Depends(get_current_user)")]
    [InlineData("# permission_classes = [IsAuthenticated]", "permission_classes = [IsAuthenticated]")]
    [InlineData("# login_required is not needed here", null)]
    [InlineData("# @cache_page(60)", null)]
    [InlineData("# don't use 'login_required(", null)]
    public void Commented_out_auth_needs_code_shape_and_an_auth_name(string comment, string? expected)
    {
        var comments = new CommentedOutAuth(PythonVocabulary.For(RouteVocabulary.Empty));

        Assert.Equal(expected, comments.AuthCode(comment));
    }
}
