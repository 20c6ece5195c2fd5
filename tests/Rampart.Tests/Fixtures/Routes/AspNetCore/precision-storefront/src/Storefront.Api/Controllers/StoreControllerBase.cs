using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Storefront.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/[controller]")]
public abstract class StoreControllerBase : ControllerBase;
