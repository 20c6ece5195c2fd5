using Microsoft.AspNetCore.SignalR;

namespace Chat.Server.Hubs;

public class NotificationsHub : Hub
{
    public Task Subscribe(string userId) => Groups.AddToGroupAsync(Context.ConnectionId, userId);
}
