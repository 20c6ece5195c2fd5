using Microsoft.AspNetCore.Mvc;

namespace Shop.Api.Controllers;

[ApiController]
[Route(Routes.Reports)]
public class ReportsController : ControllerBase
{
    [HttpGet("[action]")]
    public IActionResult Summary() => Ok();

    [AcceptVerbs("GET", "POST", Route = "export")]
    public IActionResult Export() => File(Array.Empty<byte>(), "text/csv"); // expect: RMP-C001
}
