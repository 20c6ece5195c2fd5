namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// A file <c>rampart init</c> wants in place. <see cref="Produce"/> gets the current text (null
/// when the file does not exist) and returns the wanted text. A file that <see cref="Merges"/>
/// adds to what is there (keys, lines); any other file is ours whole, and when the user already has
/// a different one, the template goes beside it as <c>*.rampart-new</c>.
/// </summary>
internal sealed record ScaffoldFile(string Path, string Purpose, Func<string?, string> Produce)
{
    public bool Merges { get; init; }

    public bool Executable { get; init; }

    public static ScaffoldFile Owned(string path, string purpose, string content) => new(path, purpose, _ => content);

    public static ScaffoldFile Merged(string path, string purpose, Func<string?, string> merge) => new(path, purpose, merge) { Merges = true };
}
