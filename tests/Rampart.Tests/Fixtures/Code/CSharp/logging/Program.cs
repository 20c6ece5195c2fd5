using Microsoft.AspNetCore.HttpLogging;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<ChatDb>(o => o.UseSqlite("Data Source=chat.db").EnableSensitiveDataLogging()); // expect: RMP-C033
builder.Services.AddDbContext<AuditDb>(o =>
{
    if (builder.Environment.IsDevelopment())
    {
        o.EnableSensitiveDataLogging();
    }
});
builder.Services.AddW3CLogging(o => o.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.UriStem | W3CLoggingFields.UriQuery); // expect: RMP-C032
builder.Services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode);

var app = builder.Build();
var logger = app.Logger;

app.MapPost("/auth/login", (LoginRequest req, ILogger<Program> log) =>
{
    log.LogInformation("Login for {Email} with password {Password}", req.Email, req.Password); // expect: RMP-C030
    log.LogInformation("Login attempt for {Email}; the token is issued after MFA", req.Email);
    log.LogDebug("Login request {Request}", req); // expect: RMP-C030
    return Results.Ok();
});

app.MapPost("/chat", async (ChatRequest request, ChatService chat, ILogger<Program> log) =>
{
    var reply = await chat.AskAsync(request.Message);
    log.LogInformation("Used {PromptTokens} prompt tokens and {TotalTokens} total, max {MaxTokens}", reply.Usage.PromptTokens, reply.Usage.TotalTokens, request.MaxTokens);
    log.LogInformation("Token usage for {User}: {TokenCount}", request.User, reply.TokenCount);
    return reply.Text;
});

app.MapPost("/keys/rotate", (RotateCommand command, ILogger<Program> log) =>
{
    log.LogInformation("Rotating {@Command}", command); // expect: RMP-C030
    Console.WriteLine($"new api key issued: {command.ApiKey}"); // expect: RMP-C030
    return Results.NoContent();
});

app.Use(async (context, next) =>
{
    logger.LogDebug("{Method} {Path} from {Agent}", context.Request.Method, context.Request.Path, context.Request.Headers.UserAgent);
    logger.LogInformation("Incoming {Method} {Path} headers {Headers}", context.Request.Method, context.Request.Path, context.Request.Headers); // expect: RMP-C031
    await next();
});

app.Run();

record LoginRequest(string Email, string Password);
record ChatRequest(string User, string Message, int MaxTokens);

class RotateCommand
{
    public string KeyId { get; set; } = "";
    public string ApiKey { get; set; } = "";
}
