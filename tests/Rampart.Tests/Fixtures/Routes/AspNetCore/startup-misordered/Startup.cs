using Microsoft.AspNetCore.Authentication.Cookies;

namespace Billing.Web;

public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddControllersWithViews();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(); // expect: RMP-C002
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {
        app.UseStaticFiles();
        app.UseAuthorization(); // expect: RMP-C002
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapControllers().RequireAuthorization("Billing");
            endpoints.MapMethods("/ping", new[] { "GET", "HEAD" }, () => "pong");
        });
    }
}
