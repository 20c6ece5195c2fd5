using Ledger.Grpc.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc();
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

var app = builder.Build();
app.MapGrpcService<AccountsService>();
app.MapGrpcService<MaintenanceService>();
app.MapGet("/", () => "gRPC endpoints only.");
app.Run();
