const express = require('express');
const pino = require('pino');
const logger = require('../lib/logger');
const User = require('../models/user');

const router = express.Router();
const log = pino();

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  console.log('login attempt', email, password); // expect: RMP-C030
  logger.info(`login for ${email}`, { hasPassword: Boolean(password), passwordLength: password.length });
  const user = await User.findOne({ where: { email } });
  log.info({ user }, 'user loaded'); // expect: RMP-C030
  log.info({ userId: user.id }, 'user loaded');
  res.json({ ok: true });
});

router.post('/signup', (req, res) => {
  logger.info('signup', req.body); // expect: RMP-C031
  logger.info('signup for', { email: req.body.email });
  res.status(201).end();
});

router.post('/reset', async (req, res) => {
  const resetToken = await User.createResetToken(req.body.email);
  logger.info(`reset token issued: ${resetToken}`); // expect: RMP-C030
  logger.info(`reset token issued: ${resetToken.slice(0, 4)}…`);
  logger.debug({ headers: req.headers }, 'reset request'); // expect: RMP-C031
  logger.debug('auth header present', { authorization: Boolean(req.headers.authorization) });
  console.error('auth header', req.get('authorization')); // expect: RMP-C030
  res.status(202).end();
});

router.get('/verify', async (req, res) => {
  const user = await User.verifyEmail(req.query.token); // expect: RMP-C044
  res.redirect(user ? '/welcome' : '/expired');
});

router.get('/me', (req, res) => {
  const passwordPolicy = { minLength: 12 };
  logger.info('policy', { passwordPolicy, nextToken: req.query.nextToken });
  res.json(passwordPolicy);
});

module.exports = router;
