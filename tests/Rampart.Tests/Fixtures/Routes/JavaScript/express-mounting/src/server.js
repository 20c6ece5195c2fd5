const express = require('express');
const { requireAuth } = require('./middleware/auth');
const catalogRouter = require('./routes/catalog');
const apiRouter = require('./routes/api');

const app = express();
app.use(express.json());

app.get('/health', (req, res) => res.json({ ok: true }));
app.use('/catalog', catalogRouter);
app.use('/api', requireAuth, apiRouter);
app.use('/internal', require('./routes/internal'));

app.listen(process.env.PORT || 3000);
