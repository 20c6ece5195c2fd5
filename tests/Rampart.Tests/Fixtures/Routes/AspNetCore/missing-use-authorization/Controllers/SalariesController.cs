using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Payroll.Api.Controllers;

[ApiController]
[Authorize(Roles = "Payroll")]
[Route("api/salaries")]
public class SalariesController : ControllerBase
{
    [HttpGet]
    public IActionResult List() => Ok();

    [HttpPut("{employeeId}")]
    public IActionResult Update(string employeeId, decimal amount) => NoContent();
}
