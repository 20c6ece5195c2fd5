import { Router } from 'express';
import db from '../db.js';

const router = Router();

router.route('/')
  .get(async (req, res) => res.json(await db.orders.findMany({ where: { userId: req.user.id } })))
  .post(async (req, res) => res.status(201).json(await db.orders.create({ data: req.body })));

router.delete('/:id', async (req, res) => {
  await db.orders.deleteMany({ where: { id: req.params.id, userId: req.user.id } });
  res.sendStatus(204);
});

export default router;
