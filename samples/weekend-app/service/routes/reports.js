const express = require('express');
const _ = require('lodash');
const pool = require('../db');
const config = require('../config');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

// Totals per category for the logged-in user, grouped by currency
router.get('/reports/monthly', requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    `SELECT "Category" AS category, "Currency" AS currency, SUM("Amount") AS total
       FROM "Expenses"
      WHERE "UserId" = $1 AND date_trunc('month', "SpentOn") = date_trunc('month', now())
      GROUP BY "Category", "Currency"`,
    [req.user.nameid]
  );
  res.json(_.groupBy(rows, 'currency'));
});

// Money-saving tips from Claude based on the user's last 200 expenses
router.post('/reports/insights', requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    'SELECT "Description", "Category", "Amount", "Currency", "SpentOn" FROM "Expenses" WHERE "UserId" = $1 ORDER BY "SpentOn" DESC LIMIT 200',
    [req.user.nameid]
  );

  const response = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': config.anthropic.apiKey,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: config.anthropic.model,
      max_tokens: 600,
      messages: [
        {
          role: 'user',
          content: `Give three short, practical money-saving tips based on these expenses:\n${JSON.stringify(rows)}`,
        },
      ],
    }),
  });
  const data = await response.json();

  res.json({ insights: data.content?.[0]?.text ?? '' });
});

module.exports = router;
