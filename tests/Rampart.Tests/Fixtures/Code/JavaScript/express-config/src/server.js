const express = require('express');
const cors = require('cors');
const https = require('https');
const axios = require('axios');
const errorhandler = require('errorhandler');
const swaggerUi = require('swagger-ui-express');
const { Pool } = require('pg');
const { ApolloServer } = require('@apollo/server');
const openapi = require('./openapi.json');
const { requireAdmin } = require('./auth');

const app = express();
const admin = express();
const isProduction = process.env.NODE_ENV === 'production';

app.use(cors({ origin: true, credentials: true })); // expect: RMP-C041
app.use('/public', cors({ origin: '*' }));
app.use('/partner', cors({ origin: ['https://partner.example.com'], credentials: true }));
app.use('/widgets', cors({
  origin: (origin, callback) => callback(null, true), // expect: RMP-C041
  credentials: true,
}));
app.use('/embed', cors({
  origin: (origin, callback) => callback(null, ALLOWED_ORIGINS.includes(origin)),
  credentials: true,
}));
const ALLOWED_ORIGINS = ['https://app.example.com'];

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // expect: RMP-C041
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v2', (req, res, next) => {
  const origin = req.get('origin');
  if (ALLOWED_ORIGINS.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }); // expect: RMP-C042
const agent = new https.Agent({ rejectUnauthorized: isProduction });
const legacy = axios.create({ baseURL: process.env.LEGACY_URL, httpsAgent: new https.Agent({ rejectUnauthorized: false }) }); // expect: RMP-C042
if (process.env.NODE_ENV === 'development') {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: RMP-C042

app.use('/docs', swaggerUi.serve, swaggerUi.setup(openapi)); // expect: RMP-C043
app.use('/internal/docs', requireAdmin, swaggerUi.serve, swaggerUi.setup(openapi));
if (!isProduction) {
  app.use('/dev/docs', swaggerUi.serve, swaggerUi.setup(openapi));
}

const apollo = new ApolloServer({
  typeDefs: 'type Query { invoices: [String] }',
  resolvers: {},
  introspection: true, // expect: RMP-C043
});
const internalApollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: {}, introspection: !isProduction });

app.get('/invoices/:id', async (req, res) => {
  try {
    const { rows } = await pool.query('SELECT * FROM invoices WHERE id = $1', [req.params.id]);
    res.json(rows[0]);
  } catch (err) {
    res.status(500).json({ error: err.message, stack: err.stack }); // expect: RMP-C040
  }
});

app.get('/invoices', async (req, res) => {
  try {
    res.json((await pool.query('SELECT id FROM invoices')).rows);
  } catch (err) {
    res.status(500).json({ error: 'failed', stack: process.env.NODE_ENV === 'development' ? err.stack : undefined });
  }
});

app.get('/sync', (req, res) => {
  if (req.query.api_key !== process.env.SYNC_KEY) { // expect: RMP-C044 RMP-C013
    return res.status(401).end();
  }
  res.json({ agent: Boolean(agent), legacy: Boolean(legacy) });
});

app.use(errorhandler()); // expect: RMP-C040
if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler({ log: true }));
}

app.listen(process.env.PORT || 3000, '0.0.0.0');
admin.get('/queues', requireAdmin, (req, res) => res.json({ apollo: Boolean(apollo), internalApollo: Boolean(internalApollo) }));
admin.listen(9000, '0.0.0.0'); // expect: RMP-C045
