const assert = require('node:assert');

// A fixture credential: reported one step lower (medium), with low confidence.
const apiKey = "RSudmNRHpnoFmcZdx1MyqUDtFv";

test('pool', () => assert.ok(apiKey));
