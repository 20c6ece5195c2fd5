import { Order } from '../models.js';
import { stripe } from '../stripe.js';

export default async function orderRoutes(fastify) {
  // Encapsulated: covers this plugin and the plugins it registers, not its siblings.
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/', async (request) => Order.findAll({ where: { userId: request.user.id } }));
  fastify.post('/', async (request) => Order.create({ ...request.body, userId: request.user.id }));

  fastify.register(async function refunds(instance) {
    instance.post('/:id/refund', async (request) => stripe.refunds.create({ payment_intent: request.params.id }));
  });
}
