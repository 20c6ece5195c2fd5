const express = require('express');
const crud = require('express-crud-router');
const models = require('./models');
const { reportsRouter } = require('@acme/reports');

const app = express();
const router = express.Router();

for (const name of ['users', 'teams', 'invoices']) {
  router.get(`/${name}`, async (req, res) => res.json(await models[name].findAll()));
}

['tags', 'labels'].forEach((resource) => {
  router.delete(`/${resource}/:id`, async (req, res) => res.json(await models[resource].destroy({ where: { id: req.params.id } })));
});

app.use('/api', router);
app.use('/api/projects', crud(models.project));
app.use('/reports', reportsRouter);
app.get(`/api/${models.version}/ping`, (req, res) => res.send('pong'));

module.exports = app;
