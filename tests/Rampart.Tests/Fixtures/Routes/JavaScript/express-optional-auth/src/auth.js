const { expressjwt } = require('express-jwt');

const secret = process.env.JWT_SECRET;

function getTokenFromHeader(req) {
  const header = req.headers.authorization;
  return header && header.split(' ')[0] === 'Token' ? header.split(' ')[1] : null;
}

const auth = {
  required: expressjwt({ secret, algorithms: ['HS256'], getToken: getTokenFromHeader }),
  optional: expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false, getToken: getTokenFromHeader }),
};

module.exports = auth;
