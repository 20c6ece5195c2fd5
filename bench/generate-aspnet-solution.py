#!/usr/bin/env python3
"""Writes a synthetic ASP.NET Core solution for the route benchmark: N projects, each with a
Program.cs (groups, extension-method registration, fallback policy), controllers with a shared
base class, minimal-API endpoint files and Razor Pages, totalling about --files C#/Razor files.
Deterministic (seeded), so runs are comparable."""
import argparse, os, random

p = argparse.ArgumentParser()
p.add_argument("dest")
p.add_argument("--files", type=int, default=500)
p.add_argument("--projects", type=int, default=10)
p.add_argument("--seed", type=int, default=7)
a = p.parse_args()
rnd = random.Random(a.seed)
per_project = a.files // a.projects
routes = 0
files = 0

def write(path, text):
    global files
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    files += 1

for pi in range(a.projects):
    root = os.path.join(a.dest, f"src/Service{pi}")
    write(f"{root}/Service{pi}.csproj", '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>\n')
    n_endpoint_files = per_project // 3
    n_controllers = per_project // 3
    n_pages = per_project - n_endpoint_files - n_controllers - 3
    calls = "\n".join(f'app.MapGroup("/api/area{i}").MapArea{i}Endpoints(){".RequireAuthorization()" if i % 4 else ""};' for i in range(n_endpoint_files))
    write(f"{root}/Program.cs", f"""using Microsoft.AspNetCore.Authorization;
using Service{pi}.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin"));
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapRazorPages();
{calls}
app.Run();
""")
    write(f"{root}/Controllers/ServiceControllerBase.cs", f"""using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Service{pi}.Controllers;

[ApiController]
[Authorize]
[Route("api/[controller]")]
public abstract class ServiceControllerBase : ControllerBase;
""")
    for i in range(n_endpoint_files):
        body = []
        for j in range(rnd.randint(4, 9)):
            verb = rnd.choice(["MapGet", "MapGet", "MapPost", "MapPut", "MapDelete"])
            extra = ".AllowAnonymous()" if rnd.random() < 0.1 else ""
            body.append(f'        group.{verb}("/items{j}/{{id:int}}", (int id, AppDb db) => db.Items{j}.Find(id)){extra};')
            routes += 1
        write(f"{root}/Endpoints/Area{i}Endpoints.cs", f"""namespace Service{pi}.Endpoints;

public static class Area{i}Endpoints
{{
    public static RouteGroupBuilder MapArea{i}Endpoints(this RouteGroupBuilder group)
    {{
{chr(10).join(body)}
        return group;
    }}
}}
""")
    for i in range(n_controllers):
        actions = []
        for j in range(rnd.randint(3, 8)):
            verb = rnd.choice(["HttpGet", "HttpPost", "HttpPut", "HttpDelete"])
            anon = "    [AllowAnonymous]\n" if rnd.random() < 0.1 else ""
            actions.append(f'{anon}    [{verb}("op{j}/{{id}}")]\n    public IActionResult Op{j}(int id) => Ok(_db.Records.Find(id));\n')
            routes += 1
        write(f"{root}/Controllers/Resource{i}Controller.cs", f"""using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Service{pi}.Controllers;

public class Resource{i}Controller(AppDb db) : ServiceControllerBase
{{
    private readonly AppDb _db = db;

{chr(10).join(actions)}}}
""")
    for i in range(n_pages):
        folder = "Admin" if i % 5 == 0 else f"Section{i % 7}"
        write(f"{root}/Pages/{folder}/Page{i}.cshtml", f"@page\n@model Page{i}Model\n<h1>Page {i}</h1>\n")
        routes += 1

print(f"{files} files, {a.projects} projects, {routes} routes")
