using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Api.Endpoints;
using Storefront.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<StoreDb>();
builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();
builder.Services.AddHealthChecks().AddDbContextCheck<StoreDb>();
builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("auth", w => { w.PermitLimit = 5; w.Window = TimeSpan.FromMinutes(1); }));

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options => builder.Configuration.Bind("Jwt", options));
builder.Services.AddAuthorization(options =>
{
    options.AddPolicy(Policies.Staff, p => p.RequireRole("staff", "admin"));
    options.AddPolicy(Policies.Admin, p => p.RequireRole("admin"));
    options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
});

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseHttpsRedirection();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapControllers();

app.MapGroup("/api/auth").MapAuthEndpoints().RequireRateLimiting("auth");
app.MapGroup("/api/catalog").MapCatalogEndpoints();
app.MapGroup("/api/cart").MapCartEndpoints();
app.MapGroup("/api/admin").MapAdminEndpoints().RequireAuthorization(Policies.Admin);

app.Run();

public partial class Program;
