import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetAfterGap, offsetForNewDevice, toLocal, toWire } from '../../../src/domain/mutation-numbers.ts';

describe('mutation numbers', () => {
  it('starts a new device id at wire number 1', () => {
    const offset = offsetForNewDevice(57);
    expect(57 - offset).toBe(1);
  });

  it('makes the first waiting change lastMutation + 1 after a gap', () => {
    const offset = offsetAfterGap(120, 99);
    expect(120 - offset).toBe(100);
    expect(toLocal(100, offset)).toBe(120);
  });

  it('keeps wire numbers consecutive and round-trips them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 50 }), (first, last, count) => {
        const offset = offsetAfterGap(first + last + 1, last);
        const local = Array.from({ length: count }, (_, i) => first + last + 1 + i);
        const wire = toWire(
          local.map((n) => ({ n, record: '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f', type: 'case' as const, clock: '2026-11-21T10:04:05.123Z-0000-9a8b7c6d5e4f3a2b', set: {} })),
          offset,
        );
        expect(wire.map((m) => m.n)).toEqual(local.map((_, i) => last + 1 + i));
        expect(wire.map((m) => toLocal(m.n, offset))).toEqual(local);
      }),
    );
  });
});
