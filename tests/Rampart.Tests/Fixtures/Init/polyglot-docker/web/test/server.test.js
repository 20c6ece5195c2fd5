import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from '../server.js';

test('health answers ok', async () => {
  const response = await build().inject({ method: 'GET', url: '/health' });
  assert.equal(response.statusCode, 200);
});
