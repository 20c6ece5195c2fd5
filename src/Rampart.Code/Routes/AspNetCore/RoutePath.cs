namespace Rampart.Code.Routes.AspNetCore;

/// <summary>Route templates as ASP.NET Core combines them.</summary>
internal static class RoutePath
{
    /// <summary>One leading '/', no doubled or trailing '/'.</summary>
    public static string Normalise(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return "/" + string.Join('/', parts);
    }
}
