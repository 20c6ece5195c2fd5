using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Api.Controllers;

[ApiController]
[Route("api/account")]
[Authorize]
public class AccountController : ControllerBase
{
    [AllowAnonymous]
    [HttpPost("login")]
    public IActionResult Login(LoginRequest request) => Ok();

    [HttpGet("me")]
    public IActionResult Me() => Ok(User.Identity?.Name);
}

public record LoginRequest(string Email, string Password);
