namespace Rampart.Dependencies.Registry;

/// <summary>The registry could not answer (offline mode, timeout, network or server error): the check is skipped, never guessed.</summary>
public sealed class RegistryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
