using System.ComponentModel;
using System.Text;
using Rampart.Core.Git;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The default code owner of <c>rampart init</c>: <c>@OWNER</c> of the repository's <c>origin</c>
/// remote when that is a GitHub URL. Reads the local git config only (<c>git remote get-url</c>), no network.
/// </summary>
public static class OriginRemoteOwner
{
    /// <summary>The owner, or null when <paramref name="root"/> is not in a git repository, has no origin, or origin is not on GitHub.</summary>
    public static async Task<CodeOwner?> ReadAsync(string root, CancellationToken cancellationToken)
    {
        var repository = await GitRepository.OpenAsync(root, cancellationToken).ConfigureAwait(false);
        if (repository is null)
        {
            return null;
        }

        try
        {
            var url = await repository.RunAsync(["remote", "get-url", "origin"], cancellationToken).ConfigureAwait(false);
            return CodeOwner.FromGitHubRemote(Encoding.UTF8.GetString(url));
        }
        catch (Exception e) when (e is GitException or Win32Exception)
        {
            return null;
        }
    }
}
