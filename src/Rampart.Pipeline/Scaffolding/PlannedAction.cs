namespace Rampart.Pipeline.Scaffolding;

/// <summary>What <c>rampart init</c> does with one file.</summary>
public enum PlannedAction
{
    /// <summary>The file is already as wanted.</summary>
    Unchanged,

    /// <summary>The file does not exist and is written.</summary>
    Create,

    /// <summary>The file exists; missing keys or lines are added.</summary>
    Merge,

    /// <summary>The user's file differs and is kept; the template is written beside it as <c>*.rampart-new</c>.</summary>
    WriteBeside,
}
