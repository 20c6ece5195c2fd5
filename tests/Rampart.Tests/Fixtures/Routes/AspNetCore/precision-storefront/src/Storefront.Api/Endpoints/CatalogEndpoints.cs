using Microsoft.AspNetCore.Authorization;
using Storefront.Api.Infrastructure;

namespace Storefront.Api.Endpoints;

public static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder group)
    {
        // Browsing the catalog is public; changing it is for staff.
        group.MapGet("/products", [AllowAnonymous] (StoreDb db) => db.Products.ToList());
        group.MapGet("/products/{id:int}", [AllowAnonymous] (int id, StoreDb db) => db.Products.Find(id));
        group.MapGet("/categories", [AllowAnonymous] (StoreDb db) => db.Categories.ToList());
        group.MapPost("/products", CreateProduct).RequireAuthorization(Policies.Staff);
        group.MapPut("/products/{id:int}", UpdateProduct).RequireAuthorization(Policies.Staff);
        return group;
    }

    private static IResult CreateProduct(Product product, StoreDb db) => Results.Created();

    private static IResult UpdateProduct(int id, Product product, StoreDb db) => Results.NoContent();
}
