using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoices.Api.Controllers;

// Public reads, protected writes: two open routes, so neither "escapes" its siblings.
[ApiController]
[Route("api/products")]
public class ProductsController : ControllerBase
{
    [HttpGet]
    public IActionResult List() => Ok();

    [HttpGet("{id}")]
    public IActionResult Get(int id) => Ok();

    [Authorize(Roles = "Staff")]
    [HttpPost]
    public IActionResult Create() => Created();

    [Authorize(Roles = "Staff")]
    [HttpPut("{id}")]
    public IActionResult Update(int id) => NoContent();
}
