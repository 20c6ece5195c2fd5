using Microsoft.AspNetCore.SignalR;

namespace Chat.Server.Hubs;

public class ModerationHub : Hub
{
    public Task Ban(string userId) => Clients.User(userId).SendAsync("banned");
}
