using Microsoft.AspNetCore.Authorization;

namespace Orders.Api.Endpoints;

public static class OrdersEndpoints
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", GetAll);
        group.MapGet("/{id:int}", GetById);
        group.MapPost("/", Create);

        var items = group.MapGroup("/{orderId:int}/items");
        items.MapPost("/", AddItem);
        items.MapDelete("/{itemId:int}", RemoveItem);

        group.MapPost("/{id:int}/refund", Refund);
        return group;
    }

    private static IResult GetAll(OrdersDb db) => Results.Ok(db.Orders.ToList());

    private static IResult GetById(int id, OrdersDb db) => Results.Ok(db.Orders.Find(id));

    private static IResult Create(Order order, OrdersDb db) => Results.Created();

    private static IResult AddItem(int orderId, OrderItem item, OrdersDb db) => Results.Created();

    private static IResult RemoveItem(int orderId, int itemId, OrdersDb db) => Results.NoContent();

    [Authorize(Roles = "Finance")]
    private static IResult Refund(int id, RefundService refunds) => Results.Accepted();
}
