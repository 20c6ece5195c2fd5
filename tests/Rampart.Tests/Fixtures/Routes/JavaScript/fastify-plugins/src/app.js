import Fastify from 'fastify';
import fastifyAuth from '@fastify/auth';
import authPlugin from './plugins/auth.js';
import publicRoutes from './routes/public.js';
import orderRoutes from './routes/orders.js';
import adminRoutes from './routes/admin.js';

const app = Fastify({ logger: true });

await app.register(fastifyAuth);
await app.register(authPlugin);
app.register(publicRoutes, { prefix: '/api' });
app.register(orderRoutes, { prefix: '/api/orders' });
app.register(adminRoutes, { prefix: '/api/admin' });

app.get('/health', async () => ({ ok: true }));

await app.listen({ port: 3000 });
