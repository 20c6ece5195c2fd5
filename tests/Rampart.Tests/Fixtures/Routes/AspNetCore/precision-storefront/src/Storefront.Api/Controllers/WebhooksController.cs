using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Storefront.Api.Controllers;

// Stripe signs its webhooks; the handler verifies the signature instead of a user token.
[ApiController]
[AllowAnonymous]
[Route("api/webhooks")]
public class WebhooksController : ControllerBase
{
    [HttpPost("stripe")]
    public async Task<IActionResult> Stripe(StripeWebhookVerifier verifier) => await verifier.VerifyAsync(Request) ? Ok() : BadRequest();
}
