using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WeekendApp.Api.Data;

var builder = WebApplication.CreateBuilder(args);

var jwtKey = builder.Configuration["Jwt:Key"]
    ?? throw new InvalidOperationException("Jwt:Key is missing. Run: dotnet user-secrets set Jwt:Key <at least 32 chars>");
var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey));

builder.Services.AddDbContext<AppDb>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Default")));

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = builder.Configuration["Jwt:Issuer"],
            ValidAudience = builder.Configuration["Jwt:Audience"],
            IssuerSigningKey = signingKey,
        };
    });
builder.Services.AddAuthorization(options =>
    options.AddPolicy("Admin", policy => policy.RequireRole("admin")));

builder.Services.AddHttpClient("openai", client =>
{
    client.BaseAddress = new Uri("https://api.openai.com/v1/");
    client.DefaultRequestHeaders.Authorization = new("Bearer", builder.Configuration["OpenAI:ApiKey"]);
});

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<AppDb>().Database.EnsureCreated();
}

app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/health", () => Results.Ok(new { status = "ok" }));

// ---------- Auth ----------

app.MapPost("/auth/login", async (LoginRequest req, AppDb db, ILogger<Program> logger) =>
{
    logger.LogInformation("Login for {Email} with password {Password}", req.Email, req.Password);

    var user = await db.Users.SingleOrDefaultAsync(u => u.Email == req.Email);
    if (user is null) return Results.Unauthorized();

    var hasher = new PasswordHasher<User>();
    if (hasher.VerifyHashedPassword(user, user.PasswordHash, req.Password) == PasswordVerificationResult.Failed)
        return Results.Unauthorized();

    var token = new JwtSecurityToken(
        issuer: builder.Configuration["Jwt:Issuer"],
        audience: builder.Configuration["Jwt:Audience"],
        claims: new[]
        {
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(ClaimTypes.Role, user.Role),
        },
        expires: DateTime.UtcNow.AddDays(7),
        signingCredentials: new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256));

    return Results.Ok(new { token = new JwtSecurityTokenHandler().WriteToken(token), user.Name, user.Role });
}).AllowAnonymous();

// ---------- Expenses ----------

app.MapGet("/api/expenses", async (ClaimsPrincipal me, AppDb db) =>
{
    var userId = int.Parse(me.FindFirstValue(ClaimTypes.NameIdentifier)!);
    return await db.Expenses
        .Where(e => e.UserId == userId)
        .OrderByDescending(e => e.SpentOn)
        .ToListAsync();
}).RequireAuthorization();

app.MapPost("/api/expenses", async (ExpenseInput input, ClaimsPrincipal me, AppDb db) =>
{
    var expense = new Expense
    {
        UserId = int.Parse(me.FindFirstValue(ClaimTypes.NameIdentifier)!),
        Description = input.Description,
        Amount = input.Amount,
        SpentOn = input.SpentOn,
        Category = input.Category ?? "other",
        Currency = input.Currency ?? "EUR",
    };
    db.Expenses.Add(expense);
    await db.SaveChangesAsync();
    return Results.Created($"/api/expenses/{expense.Id}", expense);
}).RequireAuthorization();

app.MapGet("/api/expenses/search", async (string q, ClaimsPrincipal me, AppDb db) =>
{
    var userId = int.Parse(me.FindFirstValue(ClaimTypes.NameIdentifier)!);
    var results = await db.Expenses.FromSqlRaw($"SELECT * FROM \"Expenses\" WHERE \"Description\" ILIKE '%{q}%' ORDER BY \"SpentOn\" DESC").Where(e => e.UserId == userId).ToListAsync();
    return Results.Ok(results);
}).RequireAuthorization();

// AI summary of the team's spending for a period (the Slack bot calls this too)
app.MapPost("/api/expenses/summary", async (SummaryRequest req, AppDb db, IHttpClientFactory httpClientFactory, IConfiguration config) =>
{
    var expenses = await db.Expenses
        .Where(e => e.SpentOn >= req.From && e.SpentOn <= req.To)
        .Select(e => new { e.Description, e.Category, e.Amount, e.Currency, e.SpentOn })
        .ToListAsync();

    var body = new
    {
        model = config["OpenAI:Model"],
        messages = new object[]
        {
            new { role = "system", content = "You are a helpful finance assistant. Summarise the team's spending in 5 bullet points and flag anything unusual." },
            new { role = "user", content = JsonConvert.SerializeObject(expenses) },
        },
    };

    var client = httpClientFactory.CreateClient("openai");
    var response = await client.PostAsync("chat/completions",
        new StringContent(JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json"));
    var json = JObject.Parse(await response.Content.ReadAsStringAsync());

    return Results.Ok(new { summary = (string?)json["choices"]?[0]?["message"]?["content"] });
});

// ---------- Admin ----------

app.MapGet("/admin/users", async (AppDb db) =>
    await db.Users
        .Select(u => new { u.Id, u.Email, u.Name, u.Role, u.CreatedAt })
        .ToListAsync())
    .RequireAuthorization("Admin");

app.MapPut("/admin/expenses/{id:int}/status", async (int id, StatusUpdate update, AppDb db) =>
{
    var expense = await db.Expenses.FindAsync(id);
    if (expense is null) return Results.NotFound();
    expense.Status = update.Status;
    await db.SaveChangesAsync();
    return Results.Ok(expense);
}).RequireAuthorization("Admin");

app.MapDelete("/admin/users/{id:int}", async (int id, AppDb db) =>
{
    var user = await db.Users.FindAsync(id);
    if (user is null) return Results.NotFound();
    db.Users.Remove(user);
    await db.SaveChangesAsync();
    return Results.NoContent();
});

app.Run();

record LoginRequest(string Email, string Password);
record ExpenseInput(string Description, decimal Amount, DateOnly SpentOn, string? Category, string? Currency);
record SummaryRequest(DateOnly From, DateOnly To);
record StatusUpdate(string Status);
