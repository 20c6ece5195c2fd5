using Microsoft.AspNetCore.Mvc;

namespace Crm.Web.Controllers;

public class ContactsController : Controller
{
    private readonly CrmDb _db;

    public ContactsController(CrmDb db) => _db = db;

    public IActionResult Index() => View(_db.Contacts.ToList());

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id)
    {
        _db.Contacts.Remove(new Contact { Id = id });
        await _db.SaveChangesAsync();
        return RedirectToAction(nameof(Index));
    }
}
