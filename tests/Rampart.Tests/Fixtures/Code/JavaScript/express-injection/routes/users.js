const express = require('express');
const mongoose = require('mongoose');
const { z } = require('zod');
const User = require('../models/user');

const router = express.Router();
const Login = z.object({ email: z.string().email(), password: z.string() });

router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, password: req.body.password }); // expect: RMP-C021
  res.json({ ok: Boolean(user) });
});

router.post('/login/v2', async (req, res) => {
  const { email, password } = Login.parse(req.body);
  const user = await User.findOne({ email, password });
  res.json({ ok: Boolean(user) });
});

router.get('/users', async (req, res) => {
  const users = await User.find(req.query); // expect: RMP-C021
  res.json(users);
});

router.get('/users/by-name', async (req, res) => {
  const filter = {};
  filter.name = req.query.name;
  const users = await User.find(filter).limit(20); // expect: RMP-C021
  res.json(users);
});

router.get('/users/:id', async (req, res) => {
  // Route params are strings; String() and typeof checks stop objects.
  const byId = await User.findById(req.params.id);
  const byEmail = await User.findOne({ email: String(req.query.email) });
  if (typeof req.query.team !== 'string') {
    return res.status(400).end();
  }
  const team = await User.find({ team: req.query.team });
  const byEq = await User.find({ role: { $eq: req.body.role } });
  res.json({ byId, byEmail, team, byEq });
});

router.post('/users/search', async (req, res) => {
  const users = await mongoose.connection.db.collection('users').find({ $where: `this.name == '${req.body.name}'` }).toArray(); // expect: RMP-C021
  const names = users.map((u) => u.name).find((n) => n === req.body.name);
  res.json({ users, names });
});

module.exports = router;
