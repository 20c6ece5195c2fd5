namespace Rampart.Code.Routes.Python.Flask;

internal sealed class FlaskRoutes(PythonApp app)
{
    public void Extract()
    {
        _ = app;
    }
}
