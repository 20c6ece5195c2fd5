using Microsoft.AspNetCore.Authorization;

namespace Shop.Api.Security;

public sealed class AdminOnlyAttribute : AuthorizeAttribute
{
    public AdminOnlyAttribute() => Roles = "Admin";
}
