import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_RECORD_FIELD_BYTES,
  MAX_RECORD_FIELDS,
  nestsDeeperThan,
  recordSize,
  recordSizeProblem,
  resized,
  utf8Length,
} from '../../../src/domain/record-limits.ts';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

describe('record limits', () => {
  it('counts nesting levels without recursion, so any depth can be checked', () => {
    expect(nestsDeeperThan('text')).toBe(false);
    expect(nestsDeeperThan(nested(16))).toBe(false);
    expect(nestsDeeperThan(nested(17))).toBe(true);
    expect(nestsDeeperThan(nested(100_000))).toBe(true);
    expect(nestsDeeperThan([1, [2, nested(16)]], 18)).toBe(false);
  });

  it('measures UTF-8 bytes like an encoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('measures a record as its JSON, and a change by its fields alone', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })),
        (before, change) => {
          const after = { ...before };
          for (const [name, value] of Object.entries(change)) Object.defineProperty(after, name, { value, enumerable: true });
          const size = resized(recordSize(before), before, after, Object.keys(change));
          expect(size).toEqual(recordSize(after));
          if (Object.keys(after).length > 0) expect(size.bytes).toBe(utf8Length(JSON.stringify(after)));
        },
      ),
    );
  });

  it('names the rule a record breaks', () => {
    expect(recordSizeProblem({ fields: MAX_RECORD_FIELDS, bytes: MAX_RECORD_FIELD_BYTES })).toBeNull();
    expect(recordSizeProblem({ fields: MAX_RECORD_FIELDS + 1, bytes: 10 })).toMatch(/1,000 fields/);
    expect(recordSizeProblem({ fields: 1, bytes: MAX_RECORD_FIELD_BYTES + 1 })).toMatch(/256 KiB/);
  });
});
