import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) { // expect: RMP-C001
  switch (req.method) {
    case 'GET':
      return res.json(await db.upload.findUnique({ where: { id: String(req.query.id) } }));
    case 'DELETE':
      await db.upload.delete({ where: { id: String(req.query.id) } });
      return res.status(204).end();
    default:
      return res.status(405).end();
  }
}
