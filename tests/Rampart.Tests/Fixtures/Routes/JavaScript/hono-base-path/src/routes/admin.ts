import { Hono } from 'hono';

const admin = new Hono();

admin.get('/users', async (c) => c.json(await db.user.findMany()));
admin.delete('/users/:id', async (c) => {
  await db.user.delete({ where: { id: c.req.param('id') } });
  return c.body(null, 204);
});

export default admin;
