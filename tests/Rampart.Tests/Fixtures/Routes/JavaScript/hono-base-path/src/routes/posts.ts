import { Hono } from 'hono';

const posts = new Hono();

posts.get('/', async (c) => c.json(await db.post.findMany()));
posts.post('/', async (c) => c.json(await db.post.create({ data: await c.req.json() }), 201));
posts.delete('/:id', async (c) => {
  await db.post.delete({ where: { id: c.req.param('id') } });
  return c.body(null, 204);
});

export default posts;
