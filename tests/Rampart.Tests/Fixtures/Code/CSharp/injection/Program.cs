using System.Diagnostics;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var reportsTable = builder.Configuration["Reports:Table"];

app.MapGet("/products/search", (string q, CatalogDb db) =>
    db.Products.FromSqlRaw($"SELECT * FROM Products WHERE Name LIKE '%{q}%'").ToList()); // expect: RMP-C020

app.MapGet("/products/search-safe", (string q, CatalogDb db) =>
    db.Products.FromSqlInterpolated($"SELECT * FROM Products WHERE Name LIKE {"%" + q + "%"}").ToList());

app.MapGet("/products/by-sku", (string sku, CatalogDb db) =>
    db.Products.FromSqlRaw("SELECT * FROM Products WHERE Sku = {0}", sku).ToList());

app.MapDelete("/products/{name}", async (string name, SqlConnection connection) =>
{
    var sql = "DELETE FROM Products WHERE Name = '" + name + "'";
    await connection.ExecuteAsync(sql); // expect: RMP-C020
    await connection.ExecuteAsync("DELETE FROM Audit WHERE Product = @name", new { name });
});

app.MapGet("/reports", async (SqlConnection connection) =>
    await connection.QueryAsync($"SELECT * FROM {reportsTable}"));

app.MapPost("/tools/ping", (PingRequest request) =>
{
    var process = Process.Start("ping", $"-c 1 {request.Host}"); // expect: RMP-C022
    process!.WaitForExit();
    Process.Start("dotnet", "--info");
    return Results.Ok();
});

app.MapGet("/files/{name}", (string name, IWebHostEnvironment env) =>
{
    var path = Path.Combine(env.ContentRootPath, "uploads", name);
    return Results.File(File.ReadAllBytes(path), "application/octet-stream"); // expect: RMP-C023
});

app.MapGet("/files/safe/{name}", (string name, IWebHostEnvironment env) =>
    Results.File(File.ReadAllBytes(Path.Combine(env.ContentRootPath, "uploads", Path.GetFileName(name))), "application/octet-stream"));

app.MapGet("/preview", async (string url, HttpClient http) =>
    await http.GetStringAsync(url)); // expect: RMP-C024

app.MapGet("/items/{id}", async (string id, HttpClient http) =>
    await http.GetStringAsync($"https://inventory.example.com/items/{id}"));

app.MapPost("/calc", async (string expression) =>
    await Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>(expression)); // expect: RMP-C026

app.MapGet("/calc/demo", async () =>
    await Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("6 * 7"));

app.Run();

record PingRequest(string Host);
