using Chat.Server.Hubs;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSignalR();
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

var app = builder.Build();
app.MapHub<ChatHub>("/hubs/chat");
app.MapHub<NotificationsHub>("/hubs/notifications"); // expect: RMP-C001
app.MapHub<ModerationHub>("/hubs/moderation").RequireAuthorization("Moderator");
app.Run();
