using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>One scalar of a compose file, with its exact span.</summary>
internal sealed record ComposeEntry(string Text, SourceLocation Location);
