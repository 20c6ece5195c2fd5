const express = require('express');
const { isAuthenticated } = require('./auth');
const boards = require('./routes/boards');

const app = express();
app.use(express.json());
// isAuthenticated is applied per route in routes/boards.js.
app.use('/boards', boards);
app.listen(8080);
