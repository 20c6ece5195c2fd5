import { Router } from 'express';

export function createAccountRouter() {
  const router = Router();
  router.put('/password', async (req, res) => {
    await req.user.setPassword(req.body.password);
    res.sendStatus(204);
  });
  return router;
}
