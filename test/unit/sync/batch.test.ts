import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_MUTATIONS_PER_PUSH, type Mutation } from '../../../src/domain/protocol.ts';
import { PROTOCOL_LIMITS, takeBatch } from '../../../src/sync/batch.ts';

const CASE = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f';
const CLOCK = '2026-11-21T10:04:05.123Z-0000-9a8b7c6d5e4f3a2b';

function note(n: number, body: string): Mutation {
  return { n, record: CASE, type: 'case', set: { summary: body }, clock: CLOCK, base: { summary: null } };
}

describe('takeBatch', () => {
  it('takes everything when it fits, with the exact wire body', () => {
    const queue = [note(1, 'a'), note(2, 'b')];
    const batch = takeBatch(queue, PROTOCOL_LIMITS);
    expect(batch.mutations).toEqual(queue);
    expect(batch.body).toBe(JSON.stringify({ mutations: queue }));
    expect(batch.bytes).toBe(new TextEncoder().encode(batch.body).length);
  });

  it('stops at 1000 mutations', () => {
    const queue = Array.from({ length: 2500 }, (_, i) => note(i + 1, 'x'));
    const batch = takeBatch(queue, PROTOCOL_LIMITS);
    expect(batch.mutations).toHaveLength(MAX_MUTATIONS_PER_PUSH);
    expect(batch.mutations.at(-1)?.n).toBe(1000);
  });

  it('stops before 4 MiB, counting bytes (not characters) of non-Latin text', () => {
    // 2500 characters of Persian, 2 bytes each in UTF-8: 1000 of them are about 5 MB.
    const text = 'ش'.repeat(2500);
    const queue = Array.from({ length: 1000 }, (_, i) => note(i + 1, text));
    const batch = takeBatch(queue, PROTOCOL_LIMITS);
    expect(batch.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(new TextEncoder().encode(batch.body).length).toBe(batch.bytes);
    expect(batch.mutations.length).toBeLessThan(1000);
    // the next one would not have fitted
    const withOneMore = JSON.stringify({ mutations: queue.slice(0, batch.mutations.length + 1) });
    expect(new TextEncoder().encode(withOneMore).length).toBeGreaterThan(MAX_BODY_BYTES);
  });

  it('keeps order and takes a prefix, never skipping one', () => {
    const queue = [note(1, 'x'.repeat(50)), note(2, 'x'.repeat(500)), note(3, 'x')];
    const batch = takeBatch(queue, { maxCount: 10, maxBytes: 400 });
    expect(batch.mutations.map((m) => m.n)).toEqual([1]);
  });

  it('sends one mutation alone even when it is over the limit (the endpoint says 413)', () => {
    const batch = takeBatch([note(1, 'x'.repeat(1000))], { maxCount: 10, maxBytes: 100 });
    expect(batch.mutations).toHaveLength(1);
  });

  it('gives an empty batch for an empty queue', () => {
    expect(takeBatch([], PROTOCOL_LIMITS).mutations).toEqual([]);
  });
});
