const express = require('express');
const { exec, execFile, spawn } = require('child_process');
const util = require('util');
const path = require('path');
const fs = require('fs');
const fsp = require('fs/promises');
const axios = require('axios');
const multer = require('multer');

const router = express.Router();
const upload = multer({ dest: 'uploads/' });
const run = util.promisify(exec);
const REPORTS = path.join(__dirname, '..', 'reports');
const HOSTS = new Set(['api.github.com', 'api.stripe.com']);

router.post('/tools/ping', (req, res) => {
  exec(`ping -c 1 ${req.body.host}`, (err, stdout) => res.send(stdout)); // expect: RMP-C022
});

router.post('/tools/convert', async (req, res) => {
  const { format } = req.body;
  const { stdout } = await run('convert input.png output.' + format); // expect: RMP-C022
  res.send(stdout);
});

router.get('/tools/log', (req, res) => {
  // An argument list without a shell: the branch name is one argument, not a command line.
  execFile('git', ['log', '--oneline', req.query.branch], (err, out) => res.send(out));
  spawn('tar', ['-czf', 'backup.tgz', req.query.dir], { shell: true }); // expect: RMP-C022
  exec('uptime', (err, out) => res.send(out));
});

router.get('/reports/:name', (req, res) => {
  res.sendFile(path.join(REPORTS, req.params.name)); // expect: RMP-C023
});

router.get('/reports/safe/:name', (req, res) => {
  res.sendFile(path.join(REPORTS, path.basename(req.params.name)));
});

router.get('/reports/rooted/:name', (req, res) => {
  // send() refuses '..' when a root is given.
  res.sendFile(req.params.name, { root: REPORTS });
});

router.get('/exports', async (req, res) => {
  const file = path.resolve(REPORTS, req.query.file);
  if (!file.startsWith(REPORTS + path.sep)) {
    return res.status(400).send('bad path');
  }
  res.send(await fsp.readFile(file, 'utf8'));
});

router.delete('/exports', (req, res) => {
  const target = `${REPORTS}/${req.query.file}`;
  fs.unlinkSync(target); // expect: RMP-C023
  res.sendStatus(204);
});

router.post('/uploads', upload.single('file'), (req, res) => {
  // multer chose this path; only originalname comes from the caller.
  const data = fs.readFileSync(req.file.path);
  fs.writeFileSync(path.join('archive', req.file.originalname), data); // expect: RMP-C023
  res.sendStatus(201);
});

router.get('/proxy', async (req, res) => {
  const response = await axios.get(req.query.url); // expect: RMP-C024
  res.send(response.data);
});

router.get('/avatar', async (req, res) => {
  const target = `https://${req.query.host}/avatar.png`;
  const image = await fetch(target); // expect: RMP-C024
  res.send(Buffer.from(await image.arrayBuffer()));
});

router.get('/repos/:owner', async (req, res) => {
  // Fixed scheme and host: only the path comes from the request.
  const repos = await fetch(`https://api.github.com/users/${encodeURIComponent(req.params.owner)}/repos`);
  const profile = await axios.get('https://api.github.com/users/' + req.params.owner);
  const base = process.env.BILLING_URL;
  const invoices = await fetch(`${base}/invoices?customer=${req.query.customer}`);
  res.json({ repos: await repos.json(), profile: profile.data, invoices: await invoices.json() });
});

router.get('/webhooks/test', async (req, res) => {
  const url = new URL(req.query.target);
  if (!HOSTS.has(url.hostname)) {
    return res.status(400).send('host not allowed');
  }
  const hook = await axios.post(url.href, { ping: true });
  res.json(hook.data);
});

module.exports = router;
