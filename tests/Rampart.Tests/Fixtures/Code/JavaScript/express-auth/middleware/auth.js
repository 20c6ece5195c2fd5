const jwt = require('jsonwebtoken');
const { decodeJwt, jwtVerify } = require('jose');
const jwksClient = require('jwks-rsa');

const JWT_SECRET = process.env.JWT_SECRET;
const LEGACY_SECRET = 'legacy-signing-key';
const jwks = jwksClient({ jwksUri: 'https://login.example.com/.well-known/jwks.json' });

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function requireAuth(req, res, next) {
  try {
    req.user = jwt.verify(bearer(req), JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function requireAdmin(req, res, next) {
  const claims = jwt.decode(bearer(req)); // expect: RMP-C010
  if (!claims || !claims.roles.includes('admin')) {
    return res.status(403).end();
  }
  next();
}

function currentUser(req) {
  const { sub, email } = jwt.decode(bearer(req)); // expect: RMP-C010
  return { id: sub, email };
}

function attachUser(req, res, next) {
  req.user = decodeJwt(req.cookies.session); // expect: RMP-C010
  next();
}

// Decoding first to pick the key by kid, then verifying: the claims are trusted only after verify.
async function requireSso(req, res, next) {
  const token = bearer(req);
  const { header } = jwt.decode(token, { complete: true });
  const key = await jwks.getSigningKey(header.kid);
  req.user = jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'] });
  next();
}

// Only the expiry is read, to refresh the token early; the claims decide nothing.
function expiresSoon(token) {
  const { exp } = jwt.decode(token);
  return exp * 1000 - Date.now() < 60000;
}

function logTokenShape(token, logger) {
  const decoded = jwt.decode(token);
  logger.debug('token claims', { decoded: Object.keys(decoded || {}) });
}

function legacyVerify(token) {
  return jwt.verify(token, LEGACY_SECRET, { algorithms: ['HS256', 'none'] }); // expect: RMP-C010 RMP-C012
}

async function verifyPartnerToken(token) {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.PARTNER_SECRET));
  return payload;
}

module.exports = { requireAuth, requireAdmin, currentUser, attachUser, requireSso, expiresSoon, logTokenShape, legacyVerify, verifyPartnerToken };
