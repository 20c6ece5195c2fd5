import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { bearerAuth } from 'hono/bearer-auth';
import { logger } from 'hono/logger';
import { clerkMiddleware } from '@hono/clerk-auth';
import posts from './routes/posts';
import admin from './routes/admin';
import { stripe } from './stripe';

const app = new Hono().basePath('/api');

app.use('*', logger());
app.get('/health', (c) => c.json({ ok: true }));
app.use('/posts/*', jwt({ secret: process.env.JWT_SECRET! }));
app.route('/posts', posts);

// Registered before the bearer check below: Hono runs middleware in registration order.
app.get('/admin/stats', async (c) => c.json(await db.stats())); // expect: RMP-C001
app.use('/admin/*', bearerAuth({ token: process.env.ADMIN_TOKEN! }));
app.route('/admin', admin);

// clerkMiddleware() only reads the session; it never rejects.
app.use('/comments/*', clerkMiddleware());
app.post('/comments', async (c) => c.json(await db.comment.create({ data: await c.req.json() }))); // expect: RMP-C001

// app.use('/billing/*', jwt({ secret: process.env.JWT_SECRET! })) // expect: RMP-C004
app.post('/billing/refund', async (c) => { // expect: RMP-C001
  const { charge } = await c.req.json();
  return c.json(await stripe.refunds.create({ charge }));
});

app.get('/me', (c) => {
  if (!c.get('jwtPayload')) return c.json({ error: 'Unauthorized' }, 401);
  return c.json(c.get('jwtPayload'));
});

const docs = "app.get('/debug', (c) => c.text(process.env.SECRET))";

export default app;
