namespace Storefront.Api.Endpoints;

// No explicit auth: the fallback policy requires a signed-in user.
public static class CartEndpoints
{
    public static RouteGroupBuilder MapCartEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", (CartService carts) => carts.Current());
        group.MapPost("/items", (CartItem item, CartService carts) => carts.Add(item));
        group.MapDelete("/items/{sku}", (string sku, CartService carts) => carts.Remove(sku));
        group.MapPost("/checkout", (CheckoutService checkout) => checkout.PlaceOrderAsync());
        return group;
    }
}
