const express = require('express');

const app = express();
const port = process.env.PORT || 3000;
const databaseUrl = process.env["DATABASE_URL"];
const sessionSecret = process.env.SESSION_SECRET;

app.use(express.json());

app.get('/health', (req, res) => res.json({ status: 'ok' }));

app.get('/orders', (req, res) => {
  res.json({ orders: [], database: Boolean(databaseUrl), session: Boolean(sessionSecret) });
});

app.listen(port, () => console.log(`listening on ${port}`));
