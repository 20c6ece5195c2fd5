#!/usr/bin/env python3
"""Generates a TypeScript monorepo-shaped app for the route inventory benchmark: an Express API
(routers mounted across files, auth middleware), a Next.js app (route handlers, middleware,
server actions, React components) and a NestJS service (controllers, guards), plus plain
library modules. Deterministic for a seed.

    bench/generate-ts-app.py DEST [--files 2000] [--seed 7]
"""
import argparse, os, random

def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

def express_router(i, rnd):
    routes = []
    for j in range(rnd.randint(4, 9)):
        verb = rnd.choice(["get", "post", "put", "patch", "delete"])
        mw = rnd.choice(["requireAuth, ", "", "validate(schema), ", "requireRole('admin'), "])
        routes.append(f"""
// {verb.upper()} /items{i}/{j}: keep in sync with the OpenAPI file (`router.get('/x')` in a comment is not a route)
router.{verb}('/items{i}/{j}/:id', {mw}async (req: Request, res: Response) => {{
  const row = await db.item{i}.findUnique({{ where: {{ id: req.params.id }} }});
  if (!row) return res.status(404).json({{ error: `item ${{req.params.id}} not found` }});
  const label = `${{row.name}}-${{`v${{row.version}}`}}`.replace(/[^a-z0-9-]/gi, '') / 1;
  res.json({{ ...row, label }});
}});""")
    return f"""import {{ Router, type Request, type Response }} from 'express';
import {{ requireAuth, requireRole }} from '../middleware/auth';
import {{ validate, schema }} from '../lib/validate';
import {{ db }} from '../lib/db';

const router = Router();
{''.join(routes)}

export default router;
"""

def component(i, rnd):
    return f"""import {{ useState }} from 'react';

export function Widget{i}({{ items }}: {{ items: string[] }}) {{
  const [open, setOpen] = useState(false);
  const ratio = items.length / 2;
  return (
    <div className="widget-{i}">
      <h2>Widget {i} — {{items.length}} items / {{ratio}} pairs</h2>
      {{open && <ul>{{items.map((item) => <li key={{item}}>{{item}}</li>)}}</ul>}}
      <button onClick={{() => setOpen(!open)}}>Toggle app.get('/not/a/route')</button>
    </div>
  );
}}
"""

def library(i, rnd):
    fns = "\n".join(f"""export function helper{i}_{k}(input: string, n: number): string {{
  const re = /^([a-z]+)-(\\d+)$/i;
  const m = re.exec(input);
  return m ? `${{m[1]}}:${{Number(m[2]) / n}}` : input.split('/').join(':');
}}
""" for k in range(rnd.randint(3, 8)))
    return f"// Generated helpers {i}\n{fns}"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dest")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    root = args.dest
    n = args.files
    counts = {"express routers": n // 5, "next route handlers": n // 10, "next server actions": n // 20, "nest controllers": n // 10, "react components": n // 5}
    counts["library modules"] = n - sum(counts.values()) - 8
    write(root, "package.json", '{ "name": "bench-app", "private": true }\n')
    write(root, "api/package.json", '{ "name": "api", "dependencies": { "express": "^4.19.2" } }\n')
    write(root, "api/src/middleware/auth.ts", "export function requireAuth(req: any, res: any, next: any) { if (!req.user) return res.status(401).end(); next(); }\nexport const requireRole = (role: string) => (req: any, res: any, next: any) => req.user?.role === role ? next() : res.sendStatus(403);\n")
    write(root, "api/src/lib/validate.ts", "export const schema = {};\nexport const validate = (s: unknown) => (req: any, res: any, next: any) => next();\n")
    write(root, "api/src/lib/db.ts", "export const db: any = {};\n")
    mounts = []
    for i in range(counts["express routers"]):
        write(root, f"api/src/routes/items{i}.ts", express_router(i, rnd))
        mounts.append(f"import items{i} from './routes/items{i}';\napp.use('/api/v{i % 3}', items{i});")
    write(root, "api/src/app.ts", "import express from 'express';\nconst app = express();\napp.use(express.json());\n" + "\n".join(mounts) + "\nexport default app;\n")
    write(root, "web/package.json", '{ "name": "web", "dependencies": { "next": "15.0.3" } }\n')
    write(root, "web/middleware.ts", "import { NextResponse } from 'next/server';\nexport function middleware(req: any) { if (!req.cookies.get('session')) return NextResponse.redirect(new URL('/login', req.url)); }\nexport const config = { matcher: ['/api/private/:path*'] };\n")
    for i in range(counts["next route handlers"]):
        seg = rnd.choice(["private", "public", "(shop)", "[id]"])
        write(root, f"web/app/api/{seg}/r{i}/route.ts", f"import {{ auth }} from '@/lib/auth';\nexport async function GET() {{ return Response.json({{ i: {i} }}); }}\nexport async function POST(req: Request) {{\n  const session = await auth();\n  if (!session) return new Response('Unauthorized', {{ status: 401 }});\n  return Response.json(await req.json());\n}}\n")
    for i in range(counts["next server actions"]):
        write(root, f"web/app/actions/a{i}.ts", f"'use server';\nexport async function save{i}(data: FormData) {{ return data.get('x'); }}\nexport async function remove{i}(id: string) {{ return id; }}\n")
    for i in range(counts["react components"]):
        write(root, f"web/components/Widget{i}.tsx", component(i, rnd))
    write(root, "svc/package.json", '{ "name": "svc", "dependencies": { "@nestjs/common": "^10.3.0" } }\n')
    for i in range(counts["nest controllers"]):
        guard = rnd.choice(["@UseGuards(JwtAuthGuard)\n", ""])
        write(root, f"svc/src/c{i}/c{i}.controller.ts", f"import {{ Controller, Get, Post, Body, Param, UseGuards }} from '@nestjs/common';\n\n@Controller('c{i}')\n{guard}export class C{i}Controller {{\n  @Get(':id')\n  find(@Param('id') id: string) {{ return id; }}\n\n  @Post()\n  create(@Body() body: unknown) {{ return body; }}\n}}\n")
    for i in range(max(0, counts["library modules"])):
        write(root, f"web/lib/gen/helpers{i}.ts", library(i, rnd))
    total = sum(len(fs) for _, _, fs in os.walk(root))
    print(f"{total} files (" + ", ".join(f"{v} {k}" for k, v in counts.items()) + ")")

if __name__ == "__main__":
    main()
