const express = require('express');
const { staffOnly, ensureVisitor } = require('@acme/sso');

const app = express();

app.get('/shifts', staffOnly, (req, res) => res.json([]));
app.post('/shifts', staffOnly, (req, res) => res.status(201).json(req.body));
// ensureVisitor reads like auth, but the project says it only tags the visitor.
app.post('/shifts/:id/swap', ensureVisitor, (req, res) => res.json({ ok: true })); // expect: RMP-C001

module.exports = app;
