using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Api.Controllers;

public class OrdersController : ApiControllerBase
{
    private readonly ShopDb _db;

    public OrdersController(ShopDb db) => _db = db;

    [HttpGet]
    public async Task<IActionResult> ListAsync() => Ok(await _db.Orders.Where(o => o.UserId == CurrentUserId).ToListAsync());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Get(int id) => Ok(await _db.Orders.FindAsync(id));

    [HttpPost]
    public async Task<IActionResult> Create(Order order)
    {
        _db.Orders.Add(order);
        await _db.SaveChangesAsync();
        return CreatedAtAction(nameof(Get), new { id = order.Id }, order);
    }

    [HttpDelete("{id:int}")]
    [Authorize(Roles = "Admin")]
    public async Task<IActionResult> Delete(int id)
    {
        await _db.Orders.Where(o => o.Id == id).ExecuteDeleteAsync();
        return NoContent();
    }

    [AllowAnonymous]
    [HttpGet("~/api/public/order-count")]
    public async Task<int> PublicCount() => await _db.Orders.CountAsync();

    [NonAction]
    public bool IsOwner(Order order) => order.UserId == CurrentUserId;
}
