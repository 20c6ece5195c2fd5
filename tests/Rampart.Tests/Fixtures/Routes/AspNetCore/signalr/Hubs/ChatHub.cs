using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Chat.Server.Hubs;

[Authorize]
public class ChatHub : Hub
{
    public Task Send(string room, string message) => Clients.Group(room).SendAsync("message", Context.UserIdentifier, message);
}
