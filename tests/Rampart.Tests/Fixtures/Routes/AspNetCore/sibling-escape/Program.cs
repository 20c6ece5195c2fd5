var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddAuthentication().AddJwtBearer();

var app = builder.Build();
app.MapControllers();

var orders = app.MapGroup("/api/orders");
orders.MapGet("/", (OrdersDb db) => db.Orders.ToList()).RequireAuthorization();
orders.MapGet("/{id}", (int id, OrdersDb db) => db.Orders.Find(id)).RequireAuthorization();
orders.MapGet("/{id}/invoice", (int id, InvoiceRenderer pdf) => pdf.Render(id)); // expect: RMP-C003
app.Run();
