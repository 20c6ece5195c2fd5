using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>An <c>environment:</c> entry; <see cref="Location"/> is the value's span, or the name's when there is no value.</summary>
internal sealed record ComposeVariable(string Name, string? Value, SourceLocation Location);
