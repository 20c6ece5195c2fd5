const Router = require('@koa/router');
const Product = require('../models/product');

const router = new Router();

router.get('/health', (ctx) => { ctx.body = { ok: true }; });
router.get('/products', async (ctx) => { ctx.body = await Product.findAll(); });
router.post('/admin/reindex', async (ctx) => { // expect: RMP-C001
  await Product.reindex();
  ctx.status = 202;
});

module.exports = router;
