import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';

// fastify-plugin: the decorators below are visible to the whole app.
export default fp(async function authPlugin(fastify) {
  fastify.register(jwt, { secret: process.env.JWT_SECRET });

  fastify.decorate('authenticate', async function (request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.send(err);
    }
  });

  // Reads the token when there is one; anonymous visitors get through.
  fastify.decorate('identify', async function (request) {
    try {
      await request.jwtVerify();
    } catch {
      request.user = null;
    }
  });

  fastify.decorate('verifyAdmin', async (request, reply) => {
    if (request.user?.role !== 'admin') return reply.code(403).send({ error: 'Forbidden' });
  });
});
