using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clinic.Web.Pages.Debug;

public class CacheModel : PageModel
{
    public void OnGet() { }

    public IActionResult OnPost() => RedirectToPage();
}
