namespace Rampart.Pipeline.Scaffolding;

/// <summary>The stacks <c>rampart init</c> found; null where a stack is absent.</summary>
internal sealed record DetectedStacks(DotnetStack? Dotnet, NodeStack? Node, PythonStack? Python, DockerStack? Docker)
{
    public bool IsEmpty => Dotnet is null && Node is null && Python is null && Docker is null;

    /// <summary>How the output names the stacks, e.g. ".NET, Node (npm), Docker".</summary>
    public string Describe()
    {
        var names = new List<string>();
        if (Dotnet is not null)
        {
            names.Add(".NET");
        }

        if (Node is not null)
        {
            names.Add($"Node ({Node.PackageManager.ToString().ToLowerInvariant()}{(Node.Directory.Length > 0 ? $", {Node.Directory}/" : string.Empty)})");
        }

        if (Python is not null)
        {
            names.Add($"Python ({Python.Installer.ToString().ToLowerInvariant()}{(Python.Directory.Length > 0 ? $", {Python.Directory}/" : string.Empty)})");
        }

        if (Docker is not null)
        {
            names.Add("Docker");
        }

        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
