using Microsoft.AspNetCore.Mvc;

namespace Storefront.Api.Controllers;

public class AccountController(StoreDb db) : StoreControllerBase
{
    [HttpGet("profile")]
    public IActionResult Profile() => Ok();

    [HttpPut("profile")]
    public IActionResult UpdateProfile(ProfileUpdate update) => NoContent();

    [HttpDelete]
    public IActionResult DeleteAccount() => NoContent();
}
