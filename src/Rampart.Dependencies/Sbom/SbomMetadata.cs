namespace Rampart.Dependencies.Sbom;

/// <summary>What the SBOM says about itself: the scanned folder, the tool, when, and its serial number.</summary>
public sealed record SbomMetadata(string RootName, string ToolVersion, DateTimeOffset Timestamp, Guid SerialNumber);
