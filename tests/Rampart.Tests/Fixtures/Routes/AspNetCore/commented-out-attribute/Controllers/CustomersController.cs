using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Refunds.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/customers")]
public class CustomersController : ControllerBase
{
    [HttpGet("{id}")]
    public IActionResult Get(string id) => Ok();

    // [Authorize(Roles = "Admin")]  expect: RMP-C004
    [HttpDelete("{id}")]
    public IActionResult Delete(string id) => NoContent();
}
