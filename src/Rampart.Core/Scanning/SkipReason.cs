namespace Rampart.Core.Scanning;

/// <summary>Why a file was not scanned; each is reported, never silently dropped.</summary>
public enum SkipReason
{
    TooLarge,
    Binary,
    SymlinkOutsideRoot,
    SymlinkLoop,
    Unreadable,
}
