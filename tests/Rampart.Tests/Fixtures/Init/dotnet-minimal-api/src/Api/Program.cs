var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var issuer = builder.Configuration["Jwt:Issuer"] ?? "shop";
var database = Environment.GetEnvironmentVariable("SHOP_DATABASE_URL");

app.MapGet("/health", () => Results.Ok(new { status = "ok", issuer }));
app.MapGet("/orders", () => Results.Ok(Array.Empty<string>()));

app.Run();
