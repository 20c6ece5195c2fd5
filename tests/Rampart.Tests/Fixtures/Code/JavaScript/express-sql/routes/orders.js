const express = require('express');
const { pool, mysqlPool, sequelize, QueryTypes, sqlite, prisma, knex } = require('../db');

const router = express.Router();
const SORTABLE = ['created_at', 'total', 'status'];

function customerFilter(name) {
  return `customer_name ILIKE '%${name}%'`;
}

function pageSize(value) {
  return Math.min(Number(value) || 20, 100);
}

// Search orders by customer name
router.get('/orders/search', async (req, res) => {
  const { rows } = await pool.query(`SELECT * FROM orders WHERE ${customerFilter(req.query.q)}`); // expect: RMP-C020
  res.json(rows);
});

router.get('/orders/by-status', async (req, res) => {
  const status = req.query.status;
  let sql = 'SELECT id, total FROM orders WHERE status = ';
  sql += "'" + status + "'";
  const [rows] = await mysqlPool.query(sql); // expect: RMP-C020
  res.json(rows);
});

router.get('/orders/:id', async (req, res) => {
  // Parameterised: the id is a value, not SQL.
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  const [items] = await mysqlPool.execute('SELECT * FROM order_items WHERE order_id = ?', [req.params.id]);
  res.json({ ...rows[0], items });
});

router.get('/orders', async (req, res) => {
  const { sort = 'created_at', limit } = req.query;
  const column = SORTABLE.includes(sort) ? sort : 'created_at';
  // The column comes from an allow-list and the limit is a number: neither is request text.
  const { rows } = await pool.query(`SELECT * FROM orders ORDER BY ${column} LIMIT ${pageSize(limit)}`);
  res.json(rows);
});

router.get('/reports/revenue', async (req, res) => {
  const year = parseInt(req.query.year, 10);
  const rows = await sequelize.query(`SELECT SUM(total) FROM orders WHERE EXTRACT(YEAR FROM created_at) = ${year}`, { type: QueryTypes.SELECT });
  const byRegion = await sequelize.query(`SELECT region, SUM(total) FROM orders WHERE region = '${req.query.region}' GROUP BY region`, { type: QueryTypes.SELECT }); // expect: RMP-C020
  const replaced = await sequelize.query('SELECT * FROM orders WHERE region = :region', { replacements: { region: req.query.region }, type: QueryTypes.SELECT });
  res.json({ rows, byRegion, replaced });
});

router.get('/customers', async (req, res) => {
  const byKnex = await knex('customers').whereRaw(`email LIKE '%${req.query.email}%'`); // expect: RMP-C020
  const safeKnex = await knex('customers').whereRaw('email LIKE ?', [`%${req.query.email}%`]);
  const byName = await knex('customers').where('name', req.query.name);
  res.json({ byKnex, safeKnex, byName });
});

router.get('/customers/:id/notes', async (req, res) => {
  const unsafe = await prisma.$queryRawUnsafe(`SELECT * FROM notes WHERE customer_id = ${req.params.id}`); // expect: RMP-C020
  const tagged = await prisma.$queryRaw`SELECT * FROM notes WHERE customer_id = ${req.params.id}`;
  const positional = await prisma.$queryRawUnsafe('SELECT * FROM notes WHERE customer_id = $1', req.params.id);
  res.json({ unsafe, tagged, positional });
});

router.post('/cache/lookup', (req, res) => {
  const { key } = req.body;
  const row = sqlite.prepare(`SELECT value FROM cache WHERE key = '${key}'`).get(); // expect: RMP-C020
  const safe = sqlite.prepare('SELECT value FROM cache WHERE key = ?').get(key);
  res.json({ row, safe });
});

router.post('/admin/sql', async (req, res) => {
  const text = 'SELECT count(*) FROM orders';
  const { rows } = await pool.query({ text: text + ' WHERE status = $1', values: [req.body.status] });
  const pattern = /^[0-9a-f-]{36}$/;
  const match = pattern.exec(req.body.id);
  res.json({ rows, match });
});

module.exports = router;
