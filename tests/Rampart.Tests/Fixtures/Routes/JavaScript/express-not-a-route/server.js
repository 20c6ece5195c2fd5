const express = require('express');
const path = require('path');

const app = express();

// Old endpoint, removed in 2.0:
// app.post('/admin/reset', (req, res) => resetEverything());
/* app.delete('/admin/users/:id', removeUser); */

const example = "app.post('/admin/drop', (req, res) => db.drop())";
const snippet = `router.delete('/admin/${'users'}', ${`nested ${"template"}`})`;
const slashes = /app\.get\('\/admin'\)/g;
const ratio = 10 / 2 / 5;

app.use(express.static(path.join(__dirname, 'public')));
app.get('/docs/:page', (req, res) => res.sendFile(path.join(__dirname, 'docs', `${req.params.page}.html`)));

module.exports = { app, example, snippet, slashes, ratio };
