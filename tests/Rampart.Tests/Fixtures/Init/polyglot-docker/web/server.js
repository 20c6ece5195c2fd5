import Fastify from 'fastify';

export function build() {
  const app = Fastify();
  app.get('/health', async () => ({ status: 'ok', region: process.env.SHOP_REGION ?? 'local' }));
  return app;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  build().listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
}
