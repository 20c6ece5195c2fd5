using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Billing.Web.Controllers;

[Route("invoices")]
public class InvoicesController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpPost("{id}/void")]
    public IActionResult Void(int id) => RedirectToAction(nameof(Index));

    [AllowAnonymous]
    [HttpGet("{id}/public-link")]
    public IActionResult PublicLink(string id) => View();
}

// A helper that happens to end in "Controller": [NonController] keeps it out of routing.
[NonController]
public class PdfRenderingController
{
    public byte[] Render(int id) => [];
}
