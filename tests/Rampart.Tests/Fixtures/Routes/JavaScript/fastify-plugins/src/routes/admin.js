import { User } from '../models.js';

export default async function adminRoutes(fastify) {
  fastify.route({
    method: 'GET',
    url: '/users',
    preHandler: fastify.auth([fastify.authenticate, fastify.verifyAdmin], { relation: 'and' }),
    handler: async () => User.findAll(),
  });

  fastify.delete('/users/:id', { // expect: RMP-C001
    // onRequest: [fastify.authenticate], // expect: RMP-C004
    handler: async (request, reply) => {
      await User.destroy({ where: { id: request.params.id } });
      reply.code(204).send();
    },
  });

  fastify.get('/me', async (request) => {
    await request.jwtVerify();
    return request.user;
  });
}
