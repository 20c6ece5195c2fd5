import { describe, expect, it } from 'vitest';
import { app } from './server';

describe('app', () => {
  it('is an express app', () => {
    expect(typeof app.listen).toBe('function');
  });
});
