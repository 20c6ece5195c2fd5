var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();
builder.Services.AddOpenApi();
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI(options => options.RoutePrefix = "docs");
    app.MapGet("/debug/config", (IConfiguration config) => config.AsEnumerable());
    app.MapPost("/dev/seed", async (BlogDb db) => await Seeder.SeedAsync(db));
}
else
{
    app.UseExceptionHandler("/error");
}

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapGet("/posts", (BlogDb db) => db.Posts.ToList());
app.MapPost("/posts", (Post post, BlogDb db) => db.Add(post)).RequireAuthorization();
app.MapForwarder("/legacy/{**rest}", "http://legacy-blog.internal"); // expect: RMP-C001
app.Run();
