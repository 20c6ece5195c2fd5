import express from 'express';
import { z } from 'zod';

const Order = z.object({ sku: z.string(), quantity: z.number().int().positive() });

export const app = express();
app.use(express.json());
app.post('/orders', (req, res) => {
  const order = Order.safeParse(req.body);
  if (!order.success) return res.status(400).json(order.error.flatten());
  return res.status(201).json(order.data);
});
