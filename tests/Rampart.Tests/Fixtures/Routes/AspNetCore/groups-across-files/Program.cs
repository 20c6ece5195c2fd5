using Orders.Api.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

var app = builder.Build();

app.MapGroup("/api/orders")
    .MapOrdersApi()
    .RequireAuthorization();

var admin = app.MapGroup("/admin").RequireAuthorization("Admin");
admin.MapAdminEndpoints();

app.MapCatalog();

foreach (var report in new[] { "daily", "weekly" })
{
    app.MapGet($"/reports/{report}", () => Results.Ok(report));
}

app.Run();
