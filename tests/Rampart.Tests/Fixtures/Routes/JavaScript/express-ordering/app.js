const express = require('express');
const passport = require('passport');
const notes = require('./notes');

const app = express();
const authenticate = passport.authenticate('jwt', { session: false });

app.get('/health', (req, res) => res.send('ok'));
app.post('/feedback', notes.sendFeedback); // expect: RMP-C001

// The cleanup job calls this without a token; the guard placed after the handler never runs.
app.delete('/cache', (req, res) => { res.sendStatus(204); }, requireAdmin); // expect: RMP-C001

app.use(authenticate);

app.get('/notes', notes.list);
app.post('/notes', notes.create);

const admin = express.Router();
admin.get('/stats', notes.stats);
admin.use('/danger', requireAdmin);
admin.delete('/danger/notes', notes.purge);
admin.get('/reports', notes.stats);
app.use('/admin', admin);

function requireAdmin(req, res, next) {
  if (req.user && req.user.role === 'admin') return next();
  return res.status(403).json({ error: 'Forbidden' });
}

module.exports = app;
