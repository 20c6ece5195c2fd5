using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Tests.Code.Lexing.Python;

public sealed class PyModuleTests
{
    [Fact]
    public void Decorators_attach_to_the_def_they_precede_with_call_arguments()
    {
        var module = PyModule.Parse("app/views.py", "@app.route('/x', methods=['GET', 'POST'])\n@login_required\nasync def view(a: int, user: Annotated[User, Depends(get_user)] = None, *args, **kw):\n    return a\n");

        var view = Assert.Single(module.Definitions);
        Assert.Equal(["app.route", "login_required"], view.Decorators.Select(d => d.Name));
        var route = view.Decorators[0].Call!;
        Assert.Equal("/x", Assert.IsType<PyString>(route.Arg(0, "rule")).Value);
        Assert.Equal(2, Assert.IsType<PySequence>(route.Keyword("methods")).Items.Count);
        Assert.Equal(["a", "user", "args", "kw"], view.Parameters.Select(p => p.Name));
        var annotated = Assert.IsType<PySubscript>(view.Parameters[1].Annotation);
        Assert.Equal("Depends", annotated.Items[1].LastName);
        Assert.IsType<PyOther>(view.Parameters[1].Default);
    }

    [Fact]
    public void Class_bases_methods_and_class_attributes_are_read()
    {
        var module = PyModule.Parse("v.py", "class V(LoginRequiredMixin, generic.View, metaclass=M):\n    permission_classes = [IsAuthenticated | IsAdminUser]\n\n    def get(self, request):\n        pass\n");

        var cls = module.Definitions.Single(d => d.IsClass);
        Assert.Equal(["LoginRequiredMixin", "generic.View"], cls.Bases.Where(b => b.Name is null).Select(b => b.Value.DottedName));
        Assert.NotNull(module.Method(cls, "get"));
        var attribute = module.Assignments.Single(a => a.Context.Scope == cls).Assignment;
        Assert.IsType<PyBinary>(Assert.IsType<PySequence>(attribute.Value).Items[0]);
    }

    [Fact]
    public void Conditions_around_calls_are_kept()
    {
        var module = PyModule.Parse("m.py", "if settings.DEBUG:\n    app.include_router(debug)\nelse:\n    app.include_router(prod)\nfor r in routers:\n    app.include_router(r)\n");

        var conditions = module.Calls.Select(c => c.Context.Conditions.Single().Text).ToList();
        Assert.Equal(["if settings.DEBUG", "if not (settings.DEBUG)", "for r in routers"], conditions);
        Assert.True(module.Calls[2].Context.Conditions[0].IsLoop);
    }

    [Fact]
    public void Dicts_parse_into_entries()
    {
        var module = PyModule.Parse("settings.py", "REST_FRAMEWORK = {\n    'DEFAULT_PERMISSION_CLASSES': ('a.B',),\n}\n");

        var dict = Assert.IsType<PyDict>(module.ModuleAssignment("REST_FRAMEWORK")!.Value);
        Assert.IsType<PySequence>(dict["DEFAULT_PERMISSION_CLASSES"]);
    }

    [Fact]
    public void Imports_resolve_across_files_relative_absolute_and_through_packages()
    {
        var workspace = new PyWorkspace(
        [
            PyModule.Parse("src/app/main.py", "from .routers import users\nfrom app.core.config import settings as cfg\nimport app.deps as deps\nfrom app.routers import *\n"),
            PyModule.Parse("src/app/routers/__init__.py", "from .items import router as items_router\n"),
            PyModule.Parse("src/app/routers/users.py", "router = APIRouter()\n"),
            PyModule.Parse("src/app/routers/items.py", "router = APIRouter()\n"),
            PyModule.Parse("src/app/core/config.py", "settings = Settings()\n"),
            PyModule.Parse("src/app/deps.py", "def get_user():\n    pass\n"),
        ]);
        var main = workspace.ByPath("src/app/main.py")!;

        Assert.Equal("src/app/routers/users.py", workspace.Resolve(main, "users.router")!.Module.Path);
        Assert.NotNull(workspace.Resolve(main, "users.router")!.Assignment);
        Assert.Equal("src/app/core/config.py", workspace.Resolve(main, "cfg")!.Module.Path);
        Assert.NotNull(workspace.Resolve(main, "deps.get_user")!.Definition);
        var reexported = workspace.Resolve(main, "items_router")!;
        Assert.Equal(("src/app/routers/items.py", "router"), (reexported.Module.Path, reexported.Name));
        Assert.Null(workspace.Resolve(main, "nowhere"));
    }
}
