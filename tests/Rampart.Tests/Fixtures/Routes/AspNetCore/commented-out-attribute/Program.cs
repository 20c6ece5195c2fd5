var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.MapPost("/api/refunds/{orderId}", (string orderId, RefundService refunds) => refunds.IssueAsync(orderId)) // expect: RMP-C001
    // .RequireAuthorization("Finance") // expect: RMP-C004
    ;
app.Run();
