const Router = require('@koa/router');
const { requireAdmin } = require('../middleware/roles');
const User = require('../models/user');

const router = new Router();

router.get('/', async (ctx) => { ctx.body = await User.findAll(); });
// router.use(requireAdmin) // expect: RMP-C004
router.del('user-delete', '/:id', async (ctx) => {
  await User.destroy({ where: { id: ctx.params.id } });
  ctx.status = 204;
});
router.use(requireAdmin);
router.put('/:id/role', async (ctx) => { ctx.body = await User.update({ role: ctx.request.body.role }, { where: { id: ctx.params.id } }); });

module.exports = router;
