const jwt = require('jsonwebtoken');
const { expressjwt } = require('express-jwt');

const SESSION_SECRET = process.env.SESSION_SECRET;

// Old mobile clients keep tokens for months; someone "fixed" the resulting 401s.
function readSession(token) {
  return jwt.verify(token, SESSION_SECRET, { algorithms: ['HS256'], ignoreExpiration: true }); // expect: RMP-C011
}

function readFreshSession(token) {
  return jwt.verify(token, SESSION_SECRET, { algorithms: ['HS256'], ignoreExpiration: false, maxAge: '1h' });
}

const requireApiToken = expressjwt({ secret: process.env.API_SECRET, algorithms: ['HS256'], ignoreExpiration: true }); // expect: RMP-C011

const requireAdminToken = expressjwt({ secret: process.env.API_SECRET, algorithms: ['HS256'] });

module.exports = { readSession, readFreshSession, requireApiToken, requireAdminToken };
