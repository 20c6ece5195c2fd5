using Microsoft.AspNetCore.Mvc;

namespace Shop.Api.Controllers;

[ApiController]
[Route("api/admin")]
public class AdminController : ControllerBase
{
    [HttpPost("users/{id}/reset-mfa")]
    public IActionResult ResetMfa(string id) => NoContent(); // expect: RMP-C001

    [HttpGet("stats")]
    public IActionResult Stats() => Ok(); // expect: RMP-C001
}
