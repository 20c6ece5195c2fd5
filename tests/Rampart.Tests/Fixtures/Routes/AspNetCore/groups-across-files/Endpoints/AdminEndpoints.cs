namespace Orders.Api.Endpoints;

public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/users", (UsersDb db) => db.Users.ToList());
        admin.MapDelete("/users/{id}", (string id, UsersDb db) => db.Users.Where(u => u.Id == id).ExecuteDelete());
        return admin;
    }
}
