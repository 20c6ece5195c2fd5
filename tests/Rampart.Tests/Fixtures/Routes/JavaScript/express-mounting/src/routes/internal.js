const express = require('express');
const db = require('../db');

const router = express.Router();

// Wipes the product cache; meant for the ops team only.
router.post('/cache/flush', async (req, res) => { // expect: RMP-C001
  await db.cache.deleteMany({});
  res.sendStatus(204);
});

module.exports = router;
