const express = require('express');
const { expressjwt } = require('express-jwt');
const auth = require('./auth');
const attachSession = require('./attachSession');
const Article = require('./article');

const app = express();
const maybeJwt = expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], credentialsRequired: false });

app.get('/articles', auth.optional, async (req, res) => res.json(await Article.list(req.auth)));
app.post('/articles', auth.required, async (req, res) => res.json(await Article.create(req.body, req.auth)));
app.put('/articles/:slug', auth.optional, async (req, res) => res.json(await Article.update(req.params.slug, req.body))); // expect: RMP-C001
app.delete('/articles/:slug', maybeJwt, async (req, res) => res.json(await Article.destroy(req.params.slug))); // expect: RMP-C001
app.post('/articles/:slug/comments', attachSession, async (req, res) => res.json(await Article.comment(req.params.slug, req.body))); // expect: RMP-C001

module.exports = app;
