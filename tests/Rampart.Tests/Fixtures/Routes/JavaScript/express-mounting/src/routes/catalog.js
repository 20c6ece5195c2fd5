const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/products', async (req, res) => {
  res.json(await db.products.findMany());
});

router.get('/products/:id', async (req, res) => {
  res.json(await db.products.findUnique({ where: { id: req.params.id } }));
});

module.exports = router;
