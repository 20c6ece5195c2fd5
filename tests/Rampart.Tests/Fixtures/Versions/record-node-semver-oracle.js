const fs = require('fs'), path = require('path');
// Records node-semver's own answers for the npm version scheme's oracle test.
// Usage: node record-node-semver-oracle.js PATH/TO/node_modules/semver
// (npm bundles one: /usr/lib/node_modules/npm/node_modules/semver). Reads ../shared/advisories/npm-nswg.
const semver = require(process.argv[2]);
const dir = path.join(__dirname, '..', '..', '..', '..', '..', 'shared', 'advisories', 'npm-nswg');
const ranges = new Set(), versions = new Set();
for (const f of fs.readdirSync(dir)) {
  const d = JSON.parse(fs.readFileSync(path.join(dir, f)));
  for (const a of d.affected) {
    const ds = a.database_specific || {};
    for (const k of ['vulnerable_versions', 'patched_versions']) if (ds[k]) ranges.add(ds[k].trim());
    for (const r of a.ranges || []) for (const e of r.events) for (const v of Object.values(e)) {
      const p = semver.parse(v, {loose: true}); if (!p) continue;
      versions.add(p.version);
      versions.add(`${p.major}.${p.minor}.${p.patch + 1}`);
      if (p.patch > 0) versions.add(`${p.major}.${p.minor}.${p.patch - 1}`);
      versions.add(`${p.major}.${p.minor}.${p.patch}-beta.1`);
      versions.add(`${p.major}.${p.minor + 1}.0-rc.1`);
    }
  }
}
const extra = ['^1.2.3', '~1.2', '1.x || >=2.5.0 || 5.0.0 - 7.2.3', '>=1.0.0-beta <1.0.1', '*', '', '<2.0.0-0', '^0.0.3', '~0.2', '>=0.1.0-alpha.1 <0.1.0', '1 - 2.3', '>1.2.3-alpha <1.2.3', '^1.0.0-rc.1', '=1.2.3', 'v1.2.3', '>=1.2', '<=1.2', '> 1 < 3', '~> 1.2.3'];
for (const e of extra) ranges.add(e);
const rows = [];
const vs = [...versions].sort(semver.compare);
for (const r of ranges) {
  let valid; try { valid = semver.validRange(r, {loose: true}) !== null; } catch { valid = false; }
  let min = null; try { const m = semver.minVersion(r, {loose: true}); min = m ? m.version : null; } catch {}
  rows.push(['MIN', r, min === null ? 'null' : min].join('\t'));
  // sample versions near each range's own numbers keeps the file small
  const nums = (r.match(/\d+\.\d+\.\d+/g) || []).map(x => semver.parse(x)).filter(Boolean);
  const near = vs.filter(v => nums.some(n => { const p = semver.parse(v); return p.major === n.major && Math.abs(p.minor - n.minor) <= 1; }));
  for (const v of near.slice(0, 8)) rows.push(['SAT', r, v, semver.satisfies(v, r, {loose: true})].join('\t'));
}
const out = path.join(__dirname, 'node-semver-oracle.tsv');
fs.writeFileSync(out, `# node-semver ${require(path.join(process.argv[2], 'package.json')).version}, loose: true. Rows: MIN range lowest | SAT range version result | CMP a b sign | VALID text normalised\n` + rows.join('\n') + '\n');
console.log(ranges.size, versions.size, rows.length);
const extraRows = [];
for (let i = 0; i + 1 < vs.length; i += 3) {
  const a = vs[i], b = vs[(i * 7 + 11) % vs.length];
  extraRows.push(['CMP', a, b, semver.compare(a, b, {loose: true})].join('\t'));
}
const weird = ['1.0', '1', 'v1.2.3', '=1.2.3', ' 1.2.3 ', '1.2.3beta', '1.2.3-', '1.2.3+', '1.2.3.4', '01.2.3', '1.02.3', '1.2.3-01', '1.2.3-beta.01', 'v=1.2.3', '=v1.2.3', '1.2.3-x.7.z.92', '1.2.3+build.1-x', '1.2', 'x', '1.x', '', 'latest', '1.2.3 - 1.2.4', '1.2.3--', '1.2.3-a..b', '1.2.3-+b', '9007199254740992.0.0', '9007199254740991.0.0', '1.2.3-alpha_1', 'V1.2.3'];
for (const w of weird) { const p = semver.valid(w, {loose: true}); extraRows.push(['VALID', w, p === null ? 'null' : p].join('\t')); }
fs.appendFileSync(out, extraRows.join('\n') + '\n');
