using Rampart.Code.Routes.JavaScript;
using Rampart.Code.Routes.Model;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Routes.JavaScript;

public sealed class FastifyKoaHonoTests
{
    [Fact]
    public async Task A_fastify_hook_covers_its_plugin_and_children_only_and_an_unregistered_plugin_is_unknown()
    {
        using var tree = new TempTree()
            .Write("package.json", "{ \"dependencies\": { \"fastify\": \"^4\" } }")
            .Write("server.js", "const app = require('fastify')();\napp.register(async (api) => {\n  api.addHook('preHandler', requireAuth);\n  api.post('/orders', async (req) => 1);\n}, { prefix: '/v1' });\napp.register(async (open) => { open.post('/signup', async (req) => 1); }, { prefix: '/v1' });\n")
            .Write("orphan.js", "module.exports = async function (app) { app.delete('/x', async () => 1); };\n");

        var (inventory, _) = await RouteFixture.ExtractAsync(tree.Root, new JavaScriptRouteExtractor());

        Assert.Equal(AuthState.Required, Assert.Single(inventory.Routes, r => r.Path == "/v1/orders").Auth);
        Assert.Equal(AuthState.None, Assert.Single(inventory.Routes, r => r.Path == "/v1/signup").Auth);
        var orphan = Assert.Single(inventory.Routes, r => r.Path == "/x");
        Assert.Equal((AuthState.Unknown, RouteFramework.Fastify), (orphan.Auth, orphan.Framework));
    }

    [Fact]
    public async Task Hono_use_after_a_route_does_not_cover_it_and_koa_unless_exempts_only_its_paths()
    {
        using var tree = new TempTree()
            .Write("package.json", "{}")
            .Write("hono.ts", "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/admin/a', (c) => c.text('a'));\napp.use('/admin/*', bearerAuth({ token }));\napp.get('/admin/b', (c) => c.text('b'));\nexport default app;\n")
            .Write("koa.js", "const Koa = require('koa');\nconst Router = require('@koa/router');\nconst app = new Koa();\nconst router = new Router({ prefix: '/k' });\nrouter.get('/open', (ctx) => 1);\nrouter.get('/closed', (ctx) => 1);\napp.use(jwt({ secret }).unless({ path: ['/k/open'] }));\napp.use(router.routes());\n");

        var (inventory, _) = await RouteFixture.ExtractAsync(tree.Root, new JavaScriptRouteExtractor());

        Assert.Equal(AuthState.None, Assert.Single(inventory.Routes, r => r.Path == "/admin/a").Auth);
        Assert.Equal(AuthState.Required, Assert.Single(inventory.Routes, r => r.Path == "/admin/b").Auth);
        Assert.Equal(AuthState.None, Assert.Single(inventory.Routes, r => r.Path == "/k/open").Auth);
        var closed = Assert.Single(inventory.Routes, r => r.Path == "/k/closed");
        Assert.Equal((AuthState.Required, RouteFramework.Koa), (closed.Auth, closed.Framework));
    }
}
