namespace Rampart.Cli;

/// <summary>A command line that cannot be carried out; the message is the one line the user sees (exit 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
