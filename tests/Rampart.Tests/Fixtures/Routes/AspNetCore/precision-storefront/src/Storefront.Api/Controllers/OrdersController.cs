using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Storefront.Api.Infrastructure;

namespace Storefront.Api.Controllers;

public class OrdersController(StoreDb db) : StoreControllerBase
{
    [HttpGet]
    public IActionResult Mine() => Ok(db.Orders.Where(o => o.UserId == User.Identity!.Name));

    [HttpGet("{id:int}")]
    public IActionResult Get(int id) => Ok(db.Orders.Find(id));

    [HttpPost("{id:int}/cancel")]
    public IActionResult Cancel(int id) => NoContent();

    [HttpPost("{id:int}/refund")]
    [Authorize(Policy = Policies.Staff)]
    public IActionResult Refund(int id, RefundService refunds) => Accepted();
}
