using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clinic.Web.Pages.Admin;

public class IndexModel : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostDeleteAsync(int id, ClinicDb db)
    {
        db.Patients.Remove(await db.Patients.FindAsync(id));
        await db.SaveChangesAsync();
        return RedirectToPage();
    }
}
