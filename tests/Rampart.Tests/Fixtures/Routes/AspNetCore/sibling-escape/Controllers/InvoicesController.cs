using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Invoices.Api.Controllers;

[ApiController]
[Route("api/invoices")]
public class InvoicesController : ControllerBase
{
    [Authorize]
    [HttpGet]
    public IActionResult List() => Ok();

    [Authorize]
    [HttpGet("{id}")]
    public IActionResult Get(int id) => Ok();

    [HttpGet("{id}/pdf")]
    public IActionResult Pdf(int id) => File(Array.Empty<byte>(), "application/pdf"); // expect: RMP-C003

    [Authorize(Roles = "Accounting")]
    [HttpPost]
    public IActionResult Create() => Created();
}
