var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddCookie();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Admin", "StaffOnly");
    options.Conventions.AllowAnonymousToPage("/Admin/Login");
    options.Conventions.AuthorizePage("/Account/Manage");
    options.Conventions.AuthorizeAreaFolder("Billing", "/");
});

var app = builder.Build();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.Run();
