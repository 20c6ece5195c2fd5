using Microsoft.AspNetCore.Authorization;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorizationBuilder()
    .AddPolicy("Warehouse", p => p.RequireRole("warehouse"))
    .SetFallbackPolicy(new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .Build());

var app = builder.Build();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/healthz", () => Results.Ok()).AllowAnonymous();
app.MapGet("/api/items", (InventoryDb db) => db.Items.ToList());
app.MapPost("/api/items", async (Item item, InventoryDb db) =>
{
    db.Items.Add(item);
    await db.SaveChangesAsync();
    return Results.Created($"/api/items/{item.Id}", item);
});
app.MapPost("/api/stock/adjust", AdjustStock).RequireAuthorization("Warehouse");
app.MapPost("/api/newsletter", [AllowAnonymous] (string email) => Results.Accepted()); // expect: RMP-C005
app.Run();

static IResult AdjustStock(StockAdjustment adjustment, InventoryDb db) => Results.NoContent();
