const express = require('express');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const db = require('./db');

const app = express();
app.use(cookieParser());

app.get('/invoices', async (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'Not signed in' });
  }
  res.json(await db.invoice.findMany({ where: { ownerId: req.user.id } }));
});

app.post('/invoices/:id/send', async (req, res) => {
  const token = req.cookies.session;
  if (!token) return res.sendStatus(401);
  const user = jwt.verify(token, process.env.SESSION_SECRET);
  await db.invoice.update({ where: { id: req.params.id, ownerId: user.id }, data: { sent: true } });
  res.sendStatus(202);
});

app.delete('/invoices/:id', async (req, res) => {
  try {
    jwt.verify(req.headers.authorization?.slice(7), process.env.SESSION_SECRET);
  } catch {
    return res.status(401).end();
  }
  await db.invoice.delete({ where: { id: req.params.id } });
  res.sendStatus(204);
});

// A record that is not there is a 404, not an auth check.
app.put('/invoices/:id', async (req, res) => { // expect: RMP-C001
  const invoice = await db.invoice.findUnique({ where: { id: req.params.id } });
  if (!invoice) return res.status(404).json({ error: 'No such invoice' });
  res.json(await db.invoice.update({ where: { id: invoice.id }, data: req.body }));
});

module.exports = app;
