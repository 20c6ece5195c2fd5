const express = require('express');
const Stripe = require('stripe');
const pool = require('../db');
const config = require('../config');
const { requireAdmin } = require('../middleware/auth');

const router = express.Router();
const stripe = new Stripe(config.stripeSecretKey);

// Dashboard numbers for the finance team
router.get('/admin/stats', requireAdmin, async (req, res) => {
  const { rows } = await pool.query(
    'SELECT "Status" AS status, COUNT(*) AS count, SUM("Amount") AS total FROM "Expenses" GROUP BY "Status"'
  );
  res.json(rows);
});

// Pay an approved expense back to the employee's connected Stripe account
router.post('/admin/payouts/:expenseId', requireAdmin, async (req, res) => {
  const { rows } = await pool.query(
    'SELECT "Id", "Amount", "Currency" FROM "Expenses" WHERE "Id" = $1 AND "Status" = $2',
    [req.params.expenseId, 'approved']
  );
  const expense = rows[0];
  if (!expense) return res.status(404).json({ error: 'Expense not found or not approved' });

  const transfer = await stripe.transfers.create({
    amount: Math.round(Number(expense.Amount) * 100),
    currency: expense.Currency.toLowerCase(),
    destination: req.body.stripeAccountId,
    metadata: { expenseId: String(expense.Id) },
  });

  await pool.query('UPDATE "Expenses" SET "Status" = $1 WHERE "Id" = $2', ['paid', expense.Id]);
  res.json({ ok: true, transferId: transfer.id });
});

// CSV export of one month (e.g. ?month=2025-03) for the finance spreadsheet
router.get('/admin/export', async (req, res) => {
  const { rows } = await pool.query(`SELECT u."Email", e."Description", e."Category", e."Amount", e."Currency", e."SpentOn", e."Status" FROM "Expenses" e JOIN "Users" u ON u."Id" = e."UserId" WHERE to_char(e."SpentOn", 'YYYY-MM') = '${req.query.month}' ORDER BY e."SpentOn"`);

  const header = 'email,description,category,amount,currency,spent_on,status';
  const lines = rows.map((r) =>
    [r.Email, `"${r.Description.replace(/"/g, '""')}"`, r.Category, r.Amount, r.Currency, r.SpentOn, r.Status].join(',')
  );

  res.type('text/csv');
  res.attachment(`expenses-${req.query.month}.csv`);
  res.send([header, ...lines].join('\n'));
});

module.exports = router;
