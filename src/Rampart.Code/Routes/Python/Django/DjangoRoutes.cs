namespace Rampart.Code.Routes.Python.Django;

internal sealed class DjangoRoutes(PythonApp app)
{
    public void Extract()
    {
        _ = app;
    }
}
