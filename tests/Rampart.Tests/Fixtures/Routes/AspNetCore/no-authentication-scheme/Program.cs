using Microsoft.AspNetCore.Authorization;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthorization();

app.MapGet("/notes", [Authorize] (NotesDb db) => db.Notes.ToList()); // expect: RMP-C002
app.MapPost("/notes", (Note note, NotesDb db) => db.Add(note)).RequireAuthorization();
app.Run();
