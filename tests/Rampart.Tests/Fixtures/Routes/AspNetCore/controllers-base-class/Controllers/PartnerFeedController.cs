using Microsoft.AspNetCore.Mvc;
using Shop.Api.Security;

namespace Shop.Api.Controllers;

[ApiController]
[RequireApiKey]
[Route("api/partner-feed")]
public class PartnerFeedController : ControllerBase
{
    [HttpPost("orders")]
    public IActionResult PushOrders() => Accepted();
}
