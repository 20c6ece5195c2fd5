using OpenAI.Chat;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("demo", w => { w.PermitLimit = 3; w.Window = TimeSpan.FromMinutes(1); }));
builder.Services.AddSingleton(new ChatClient("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY")));

var app = builder.Build();
app.UseRateLimiter();

app.MapPost("/api/chat", async (ChatRequest request, ChatClient chat) => // expect: RMP-C050
{
    var completion = await chat.CompleteChatAsync(request.Message);
    return completion.Value.Content[0].Text;
});

app.MapPost("/api/chat/members", async (ChatRequest request, ChatClient chat) =>
    (await chat.CompleteChatAsync(request.Message)).Value.Content[0].Text).RequireAuthorization();

app.MapPost("/api/demo/chat", async (ChatRequest request, ChatClient chat) => // expect: RMP-C050
    (await chat.CompleteChatAsync(request.Message)).Value.Content[0].Text).AllowAnonymous().RequireRateLimiting("demo");

app.MapPost("/api/sms/verify", async (PhoneRequest request) => // expect: RMP-C050
{
    var message = await Twilio.Rest.Api.V2010.Account.MessageResource.CreateAsync(to: request.Phone, from: "+15550100", body: "Your code");
    return message.Sid;
});

// The model list is public; the OpenAI pricing page explains what chat/completions costs.
app.MapGet("/api/models", () => new[] { "gpt-4o-mini" });
app.Run();

record ChatRequest(string Message);
record PhoneRequest(string Phone);
