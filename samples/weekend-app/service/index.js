const express = require('express');
const config = require('./config');
const reportsRouter = require('./routes/reports');
const adminRouter = require('./routes/admin');

const app = express();
app.use(express.json());

app.get('/health', (req, res) => res.json({ ok: true }));

app.use('/api', reportsRouter);
app.use('/api', adminRouter);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'Something went wrong' });
});

app.listen(config.port, () => {
  console.log(`expenses-service listening on http://localhost:${config.port}`);
});
