import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { uuidSchema, uuidv7, uuidv7Ms } from '../../../src/domain/ids.ts';

const T = Date.UTC(2026, 10, 21, 10, 4, 5, 123);

describe('UUIDv7 ids', () => {
  it('matches the RFC 9562 test vector layout', () => {
    // RFC 9562 appendix A.6: 2022-02-22 19:22:22 UTC = 0x017F22E279B0 ms.
    const random = new Uint8Array([0x0c, 0xc3, 0x18, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f]);
    expect(uuidv7(0x017f22e279b0, random)).toBe('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
  });

  it('sets version 7 and variant 10 whatever the random bytes are', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 1 }),
        fc.uint8Array({ minLength: 10, maxLength: 16 }),
        (ms, random) => {
          const id = uuidv7(ms, random);
          expect(uuidSchema.safeParse(id).success).toBe(true);
          expect(id[14]).toBe('7');
          expect('89ab').toContain(id[19]);
          expect(uuidv7Ms(id)).toBe(ms);
        },
      ),
    );
  });

  it('sorts ids made later after ids made earlier', () => {
    const random = new Uint8Array(10).fill(0xff);
    const zero = new Uint8Array(10);
    expect(uuidv7(T, random) < uuidv7(T + 1, zero)).toBe(true);
  });

  it('refuses too few random bytes or a time outside 48 bits', () => {
    expect(() => uuidv7(T, new Uint8Array(9))).toThrow(RangeError);
    expect(() => uuidv7(-1, new Uint8Array(10))).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48, new Uint8Array(10))).toThrow(RangeError);
    expect(() => uuidv7(1.5, new Uint8Array(10))).toThrow(RangeError);
  });

  it('accepts any RFC 9562 version in lower case and nothing else', () => {
    expect(uuidSchema.safeParse('0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f').success).toBe(true);
    expect(uuidSchema.safeParse('f81d4fae-7dec-11d0-a765-00a0c91e6bf6').success).toBe(true);
    for (const bad of [
      '0192F1C4-7B3E-7C2A-9F1E-3D2B1A0C9E8F',
      '00000000-0000-0000-0000-000000000000',
      '0192f1c4-7b3e-7c2a-1f1e-3d2b1a0c9e8f',
      '0192f1c47b3e7c2a9f1e3d2b1a0c9e8f',
      '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8',
    ]) {
      expect(uuidSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
