// The first smoke test, written by `rampart init`, for Node's built-in runner (`node --test`):
// it proves that the pipeline runs tests and that the entry point parses. Replace it with tests
// of real behaviour, for example requests against the app with supertest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

test('package.json is valid and the entry point parses', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entry = join(root, manifest.main ?? 'index.js');
  if (!existsSync(entry) || !/\.[cm]?js$/.test(entry)) {
    return;
  }

  const check = spawnSync(process.execPath, ['--check', entry], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});
