import { Product, Review, User } from '../models.js';

export default async function publicRoutes(fastify) {
  fastify.post('/auth/login', async (request) => {
    const user = await User.verifyPassword(request.body.email, request.body.password);
    return { token: fastify.jwt.sign({ id: user.id, role: user.role }) };
  });

  fastify.get('/products', async () => Product.findAll());

  fastify.get('/products/:id/reviews', { onRequest: [fastify.identify] }, async (request) => Review.findAll({ where: { productId: request.params.id } }));

  fastify.post('/reviews', { onRequest: [fastify.identify] }, async (request) => Review.create({ ...request.body, userId: request.user?.id })); // expect: RMP-C001
}
