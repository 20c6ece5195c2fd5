namespace Rampart.Code.Analysis.Python;

/// <summary>
/// <c>target = value</c> as token ranges: <see cref="Target"/> is the target as written
/// (<c>DEBUG</c>, <c>app.config["DEBUG"]</c>, <c>ctx.verify_mode</c>), <see cref="Key"/> the
/// constant subscript key when the target is <c>x["KEY"]</c>.
/// </summary>
internal sealed record PyAssignmentSite(string Target, string? Key, int TargetStart, int TargetEnd, int ValueStart, int ValueEnd, int Line, bool Augmented)
{
    /// <summary>The subscripted or attributed object: <c>app.config</c> for <c>app.config["DEBUG"]</c>, <c>ctx</c> for <c>ctx.verify_mode</c>.</summary>
    public string Owner => Key is not null ? Target[..Target.IndexOf('[')] : Target.Contains('.', StringComparison.Ordinal) ? Target[..Target.LastIndexOf('.')] : "";

    /// <summary><c>DEBUG</c> for <c>DEBUG</c>, <c>app.config["DEBUG"]</c> and <c>settings.DEBUG</c>.</summary>
    public string Name => Key ?? Target[(Target.LastIndexOf('.') + 1)..];
}
