const express = require('express');
const vm = require('vm');
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const libxmljs = require('libxmljs2');

const router = express.Router();

router.post('/calc', (req, res) => {
  const result = eval(req.body.expression); // expect: RMP-C026
  res.json({ result });
});

router.post('/rules/preview', (req, res) => {
  const rule = new Function('order', `return ${req.body.condition};`); // expect: RMP-C026
  const sandboxed = vm.runInNewContext(req.body.script, { order: req.body.order }); // expect: RMP-C026
  const constant = new Function('a', 'b', 'return a + b');
  setTimeout(() => res.json({ rule: rule({}), sandboxed, sum: constant(1, 2) }), 10);
});

router.post('/session/restore', (req, res) => {
  const state = serialize.unserialize(Buffer.from(req.cookies.state, 'base64').toString()); // expect: RMP-C025
  const config = yaml.load(req.body.config);
  const legacy = yaml.load(req.body.legacy, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: RMP-C025
  res.json({ state, config, legacy });
});

router.post('/import/xml', (req, res) => {
  const doc = libxmljs.parseXml(req.body.xml, { noent: true }); // expect: RMP-C027
  const safe = libxmljs.parseXml(req.body.xml, { noent: false, nonet: true });
  res.json({ root: doc.root().name(), safe: safe.root().name() });
});

module.exports = router;
