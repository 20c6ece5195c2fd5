import { Router } from 'express';
import ordersRouter from './orders.js';
import { createAccountRouter } from './account.js';

const router = Router();

router.use('/orders', ordersRouter);
router.use('/account', createAccountRouter());

export default router;
