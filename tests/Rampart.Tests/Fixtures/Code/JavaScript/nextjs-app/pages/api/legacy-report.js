import { exec } from 'child_process';

export default function handler(req, res) {
  const month = req.query.month;
  exec('node scripts/report.js --month ' + month, (err, stdout) => res.send(stdout)); // expect: RMP-C022
}
