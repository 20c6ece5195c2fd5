namespace Orders.Api.Endpoints;

public static class CatalogEndpoints
{
    public static void MapCatalog(this WebApplication app)
    {
        var catalog = app.MapGroup("/catalog");
        catalog.MapGet("/", (CatalogDb db) => db.Products.ToList());
        catalog.MapGet("/{sku}", (string sku, CatalogDb db) => db.Products.Find(sku));
        catalog.MapPost("/import", (Stream csv, CatalogDb db) => Results.Accepted()); // expect: RMP-C001
    }
}
