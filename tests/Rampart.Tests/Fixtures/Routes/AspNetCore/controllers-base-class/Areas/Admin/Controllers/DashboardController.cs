using Microsoft.AspNetCore.Mvc;
using Shop.Api.Security;

namespace Shop.Api.Areas.Admin.Controllers;

[Area("Admin")]
[AdminOnly]
[Route("[area]/[controller]/[action]")]
public class DashboardController : Controller
{
    public IActionResult Overview() => View();

    [HttpPost]
    public IActionResult RebuildIndex() => RedirectToAction(nameof(Overview));
}
