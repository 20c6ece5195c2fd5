const express = require('express');
const morgan = require('morgan');
const logger = require('./lib/logger');
const chat = require('./routes/chat');
const auth = require('./routes/auth');

const app = express();
app.use(express.json());
app.use(morgan('combined')); // expect: RMP-C032
app.use((req, res, next) => {
  logger.info('request', { method: req.method, path: req.path });
  next();
});
app.use('/chat', chat);
app.use('/auth', auth);
app.listen(3000);
