using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddJwtBearer(options =>
{
    options.TokenValidationParameters = new TokenValidationParameters
    {
        ValidateIssuer = false, // expect: RMP-C011
        ValidateAudience = true,
        ValidateLifetime = false, // expect: RMP-C011
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("weekend-secret-key")), // expect: RMP-C012
    };
});
builder.Services.AddAuthentication().AddJwtBearer("Partner", options =>
{
    options.TokenValidationParameters = new TokenValidationParameters
    {
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:PartnerKey"]!)),
        SignatureValidator = (token, parameters) => new JwtSecurityToken(token), // expect: RMP-C011
    };
});

var app = builder.Build();

app.Use(async (context, next) =>
{
    var expected = app.Configuration["ApiKey"];
    if (context.Request.Headers["X-Api-Key"] != expected) // expect: RMP-C013
    {
        context.Response.StatusCode = 401;
        return;
    }

    await next();
});

app.MapGet("/me", (HttpRequest request) =>
{
    var raw = request.Headers.Authorization.ToString()["Bearer ".Length..];
    var jwt = new JwtSecurityTokenHandler().ReadJwtToken(raw); // expect: RMP-C010
    return jwt.Claims.First(c => c.Type == "role").Value == "admin" ? Results.Ok("admin") : Results.Ok("user");
});

app.MapGet("/partner/me", async (HttpRequest request, PartnerKeys keys) =>
{
    // Reading the header first to pick the partner's key is fine: the token is validated before use.
    var raw = request.Headers.Authorization.ToString()["Bearer ".Length..];
    var handler = new JwtSecurityTokenHandler();
    var unverified = handler.ReadJwtToken(raw);
    var result = await handler.ValidateTokenAsync(raw, keys.ParametersFor(unverified.Issuer));
    return result.IsValid ? Results.Ok(result.Claims["sub"]) : Results.Unauthorized();
});

app.MapPost("/register", (RegisterRequest request, UsersDb db) =>
{
    var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(request.Password))); // expect: RMP-C014
    var checksum = SHA256.HashData(Encoding.UTF8.GetBytes(request.Email));
    db.Add(new User(request.Email, hash));
    return Results.Ok();
});

app.MapPost("/login", (LoginRequest request, HttpResponse response, TokenService tokens) =>
{
    var token = tokens.Issue(request.Email);
    response.Cookies.Append("session_token", token); // expect: RMP-C015
    response.Cookies.Append("access_token", token, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
    response.Cookies.Append("theme", "dark");
    return Results.Ok();
});

app.MapPost("/webhooks/verify", (HttpRequest request, WebhookOptions options) =>
{
    var signature = request.Headers["X-Signature"].ToString();
    var expected = options.Compute(request);
    return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(signature), Encoding.UTF8.GetBytes(expected)) ? Results.Ok() : Results.Unauthorized();
});

app.Run();

record RegisterRequest(string Email, string Password);
record LoginRequest(string Email, string Password);
