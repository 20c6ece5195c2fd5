const Koa = require('koa');
const jwt = require('koa-jwt');
const bodyParser = require('koa-bodyparser');
const api = require('./routes/api');
const site = require('./routes/site');

const app = new Koa();
app.use(bodyParser());
// The site router is mounted before the JWT check: its routes are public.
app.use(site.routes());
app.use(jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\/api\/auth/, '/api/status', /^\/api\/webhooks/] }));
app.use(api.routes()).use(api.allowedMethods());

app.listen(3000);
