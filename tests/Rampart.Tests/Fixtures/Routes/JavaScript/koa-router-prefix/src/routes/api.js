const Router = require('@koa/router');
const users = require('./users');
const Session = require('../models/session');
const Order = require('../models/order');

const router = new Router({ prefix: '/api' });

router.post('/auth/login', async (ctx) => { ctx.body = await Session.create(ctx.request.body); });
router.get('/status', (ctx) => { ctx.body = 'ok'; });
router.post('/webhooks/orders', async (ctx) => {
  await Order.update({ status: ctx.request.body.status }, { where: { id: ctx.request.body.id } });
  ctx.status = 204;
});
router.use('/users', users.routes());
router.get('/me', async (ctx) => { ctx.body = ctx.state.user; });

module.exports = router;
