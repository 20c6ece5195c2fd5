const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcrypt');
const md5 = require('md5');
const jwt = require('jsonwebtoken');
const session = require('express-session');
const cookieSession = require('cookie-session');
const db = require('../db');

const router = express.Router();
const SIGNING_KEY = process.env.SIGNING_KEY || 'dev-only-signing-key';

router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false, maxAge: 3600000 } })); // expect: RMP-C015
router.use(cookieSession({ name: 'prefs', keys: [process.env.COOKIE_KEY], httpOnly: true, secure: true }));

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  const legacyHash = crypto.createHash('md5').update(password).digest('hex'); // expect: RMP-C014
  const hash = await bcrypt.hash(password, 12);
  await db.users.insert({ email, hash, legacyHash });
  res.status(201).end();
});

router.post('/register/v1', async (req, res) => {
  const hasher = crypto.createHash('sha256');
  hasher.update(req.body.password); // expect: RMP-C014
  const salted = crypto.createHash('sha256').update(process.env.PEPPER + req.body.password).digest('hex');
  const fingerprint = crypto.createHash('sha256').update(req.body.email).digest('hex');
  const checksum = md5(req.body.avatar);
  const weak = md5(req.body.password); // expect: RMP-C014
  res.json({ salted, fingerprint, checksum, weak, digest: hasher.digest('hex') });
});

router.post('/login', async (req, res) => {
  const user = await db.users.findByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) {
    return res.status(401).end();
  }
  const token = jwt.sign({ sub: user.id }, SIGNING_KEY, { expiresIn: '1h' }); // expect: RMP-C012
  const refresh = jwt.sign({ sub: user.id }, process.env.REFRESH_SECRET, { expiresIn: '30d' });
  res.cookie('session', token, { secure: true, sameSite: 'lax' }); // expect: RMP-C015
  res.cookie('refresh_token', refresh, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.cookie('theme', req.body.theme || 'light');
  res.cookie('auth', token, { httpOnly: false, secure: true }); // expect: RMP-C015
  res.json({ ok: true });
});

router.post('/webhooks/billing', (req, res) => {
  const signature = req.get('x-signature');
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest('hex');
  if (signature !== expected) { // expect: RMP-C013
    return res.status(400).end();
  }
  res.status(204).end();
});

router.get('/internal/stats', (req, res) => {
  if (req.headers['x-api-key'] !== process.env.STATS_API_KEY) { // expect: RMP-C013
    return res.status(401).end();
  }
  res.json({ users: 42 });
});

router.get('/internal/health', (req, res) => {
  const apiKey = req.get('x-api-key');
  const ok = apiKey && crypto.timingSafeEqual(Buffer.from(apiKey), Buffer.from(process.env.HEALTH_API_KEY));
  if (req.body.token === undefined || typeof req.headers.authorization !== 'string') {
    return res.status(ok ? 200 : 401).end();
  }
  const page = req.query.page === '2' ? 2 : 1;
  res.json({ ok, page });
});

router.post('/devices', async (req, res) => {
  const devices = await db.devices.forUser(req.user.id);
  const others = devices.filter((d) => d.pushToken !== d.previousPushToken);
  res.json(others);
});

module.exports = router;
