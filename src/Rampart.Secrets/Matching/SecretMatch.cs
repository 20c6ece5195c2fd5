using Rampart.Secrets.Catalog;

namespace Rampart.Secrets.Matching;

/// <summary>One rule matching one span of a text. <see cref="Value"/> is the raw secret: it never leaves the detector.</summary>
internal sealed record SecretMatch(SecretRule Rule, int Start, int Length, string Value);
