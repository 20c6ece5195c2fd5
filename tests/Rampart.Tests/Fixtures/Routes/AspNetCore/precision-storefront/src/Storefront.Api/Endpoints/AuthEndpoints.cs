namespace Storefront.Api.Endpoints;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/register", Register).AllowAnonymous();
        group.MapPost("/refresh", Refresh).AllowAnonymous();
        group.MapPost("/forgot-password", ForgotPassword).AllowAnonymous();
        group.MapPost("/logout", Logout);
        return group;
    }

    private static IResult Login(LoginRequest request, TokenService tokens) => Results.Ok(tokens.Issue(request));

    private static IResult Register(RegisterRequest request, StoreDb db) => Results.Created();

    private static IResult Refresh(RefreshRequest request, TokenService tokens) => Results.Ok();

    private static IResult ForgotPassword(ForgotPasswordRequest request, EmailSender email) => Results.Accepted();

    private static IResult Logout(TokenService tokens) => Results.NoContent();
}
