const jwt = require('jsonwebtoken');
const { extractToken } = require('express-jwt-guard-pro');
const config = require('../config');

// Tokens are issued by the ASP.NET API (/auth/login).
function requireAuth(req, res, next) {
  const token = extractToken(req);
  if (!token) return res.status(401).json({ error: 'Missing token' });

  try {
    req.user = jwt.verify(token, config.jwtSecret);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'Invalid token' });
  }
}

function requireAdmin(req, res, next) {
  const token = extractToken(req);
  if (!token) return res.status(401).json({ error: 'Missing token' });

  const payload = jwt.decode(token);
  if (payload.role === 'admin') {
    req.user = payload;
    return next();
  }
  return res.status(403).json({ error: 'Admins only' });
}

module.exports = { requireAuth, requireAdmin };
