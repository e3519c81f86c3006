// src/app/zod-csp.ts sets zod's "no eval" option without importing zod: zod must take it up
// when it loads afterwards (a zod update that moves its global config breaks this test).
import '../../../src/app/zod-csp.ts';
import { describe, expect, it } from 'vitest';

describe('zod-csp', () => {
  it('makes zod jitless when zod loads after it', async () => {
    const { config, z } = await import('zod');
    expect(config().jitless).toBe(true);
    expect(z.object({ a: z.string() }).safeParse({ a: 'x' }).success).toBe(true);
  });
});
