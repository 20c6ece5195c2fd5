const jwt = require('jsonwebtoken');

// Attaches the user when a token is present; anonymous requests go on untouched.
module.exports = function attachSession(req, res, next) {
  const token = req.cookies && req.cookies.session;
  if (!token) return next();
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
  } catch (e) {
    req.user = null;
  }
  return next();
};
