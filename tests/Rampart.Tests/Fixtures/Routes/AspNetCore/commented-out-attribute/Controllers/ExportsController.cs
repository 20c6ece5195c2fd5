using Microsoft.AspNetCore.Mvc;

namespace Refunds.Api.Controllers;

//[Authorize] expect: RMP-C004
[ApiController]
[Route("api/exports")]
public class ExportsController : ControllerBase
{
    [HttpPost]
    public IActionResult Start() => Accepted(); // expect: RMP-C001
}
