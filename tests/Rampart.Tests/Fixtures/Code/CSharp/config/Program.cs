var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCors(o =>
{
    o.AddPolicy("spa", p => p.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowCredentials()); // expect: RMP-C041
    o.AddPolicy("partners", p => p.WithOrigins("https://partner.example.com").AllowCredentials());
    o.AddPolicy("public", p => p.AllowAnyOrigin().AllowAnyHeader());
});
builder.Services.AddHttpClient("legacy").ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true, // expect: RMP-C042
});

builder.Services.AddHttpClient("partner").ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
{
    // Pins the partner's private CA instead of accepting everything.
    ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == System.Net.Security.SslPolicyErrors.None || PartnerCa.Trusts(chain),
});

var app = builder.Build();
app.UseDeveloperExceptionPage(); // expect: RMP-C040

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
    app.UseSwaggerUI();
}

app.UseSwagger();
app.UseReDoc(); // expect: RMP-C043

app.Use(async (context, next) =>
{
    context.Response.Headers["Access-Control-Allow-Origin"] = context.Request.Headers["Origin"]; // expect: RMP-C041
    context.Response.Headers["Access-Control-Allow-Credentials"] = "true";
    await next();
});

app.MapGet("/export", (HttpRequest request) =>
{
    var key = request.Query["api_key"]; // expect: RMP-C044
    var page = request.Query["page"];
    return Results.Ok();
});

app.Run();
