import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatHlc,
  hlcWallMs,
  initialHlcState,
  nodeIdFromBytes,
  parseHlc,
  receive,
  tick,
  type HlcState,
} from '../../../src/domain/hlc.ts';
import { hlcSchema } from '../../../src/domain/hlc-schema.ts';

const NODE_A = '9a8b7c6d5e4f3a2b';
const NODE_B = '0000000000000001';
const T = Date.UTC(2026, 10, 21, 10, 4, 5, 123);

describe('hybrid logical clock', () => {
  it('formats as ISO time, 4 hex counter and 16 hex node', () => {
    const { clock } = tick(initialHlcState(NODE_A), T);
    expect(clock).toBe('2026-11-21T10:04:05.123Z-0000-9a8b7c6d5e4f3a2b');
    expect(hlcSchema.safeParse(clock).success).toBe(true);
  });

  it('counts up within one millisecond and resets when time moves on', () => {
    let state = initialHlcState(NODE_A);
    const clocks: string[] = [];
    for (const now of [T, T, T, T + 1]) {
      const next = tick(state, now);
      state = next.state;
      clocks.push(next.clock);
    }
    expect(clocks.map((c) => parseHlc(c).counter)).toEqual([0, 1, 2, 0]);
    expect(clocks.toSorted()).toEqual(clocks);
  });

  it('never goes backwards when the wall clock does', () => {
    const first = tick(initialHlcState(NODE_A), T);
    const second = tick(first.state, T - 60_000);
    expect(second.clock > first.clock).toBe(true);
    expect(hlcWallMs(second.clock)).toBe(T);
  });

  it('after receiving a clock from the future, ticks after it', () => {
    const remote = tick(initialHlcState(NODE_B), T + 5_000).clock;
    const state = receive(tick(initialHlcState(NODE_A), T).state, remote, T);
    const { clock } = tick(state, T);
    expect(clock > remote).toBe(true);
    expect(parseHlc(clock).node).toBe(NODE_A);
  });

  it('on receive with equal wall times takes the larger counter plus one', () => {
    const local: HlcState = { wallMs: T, counter: 3, node: NODE_A };
    const remote = formatHlc({ wallMs: T, counter: 7, node: NODE_B });
    expect(receive(local, remote, T - 1)).toEqual({ wallMs: T, counter: 8, node: NODE_A });
    expect(receive(local, remote, T + 1)).toEqual({ wallMs: T + 1, counter: 0, node: NODE_A });
  });

  it('borrows the next millisecond instead of overflowing the counter', () => {
    const full: HlcState = { wallMs: T, counter: 0xffff, node: NODE_A };
    const { clock, state } = tick(full, T);
    expect(state).toEqual({ wallMs: T + 1, counter: 0, node: NODE_A });
    expect(clock > formatHlc(full)).toBe(true);
  });

  it('string order equals clock order', () => {
    const part = fc.record({
      wallMs: fc.integer({ min: 0, max: Date.UTC(9999, 0, 1) }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      node: fc.constantFrom(NODE_A, NODE_B),
    });
    fc.assert(
      fc.property(part, part, (a, b) => {
        const byParts = a.wallMs - b.wallMs || a.counter - b.counter || a.node.localeCompare(b.node);
        const sa = formatHlc(a);
        const sb = formatHlc(b);
        expect(Math.sign(byParts)).toBe(sa < sb ? -1 : sa > sb ? 1 : 0);
      }),
    );
  });

  it('ticks are strictly increasing whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1 }), (times) => {
        let state = initialHlcState(NODE_A);
        let previous = '';
        for (const now of times) {
          const next = tick(state, now);
          expect(next.clock > previous).toBe(true);
          previous = next.clock;
          state = next.state;
        }
      }),
    );
  });

  it('round-trips through parseHlc', () => {
    const state: HlcState = { wallMs: T, counter: 0x1a2b, node: NODE_A };
    expect(parseHlc(formatHlc(state))).toEqual(state);
  });

  it('rejects malformed clocks', () => {
    for (const bad of [
      '',
      '2026-11-21T10:04:05.123Z-0000-9A8B7C6D5E4F3A2B',
      '2026-11-21T10:04:05Z-0000-9a8b7c6d5e4f3a2b',
      '2026-11-21T10:04:05.123Z-000-9a8b7c6d5e4f3a2b',
      '2026-02-30T10:04:05.123Z-0000-9a8b7c6d5e4f3a2b',
      '2026-11-21T10:04:05.123Z-0000-9a8b7c6d5e4f3a2b ',
    ]) {
      expect(hlcSchema.safeParse(bad).success, bad).toBe(false);
      expect(() => parseHlc(bad)).toThrow(RangeError);
    }
    expect(hlcSchema.safeParse(42).success).toBe(false);
  });

  it('refuses bad inputs instead of producing a clock that sorts wrong', () => {
    expect(() => initialHlcState('xyz')).toThrow(RangeError);
    expect(() => tick(initialHlcState(NODE_A), Number.NaN)).toThrow(RangeError);
    expect(() => tick(initialHlcState(NODE_A), -1)).toThrow(RangeError);
    expect(() => tick(initialHlcState(NODE_A), Date.UTC(10000, 0, 1))).toThrow(RangeError);
  });

  it('makes a node id from 8 random bytes', () => {
    expect(nodeIdFromBytes(new Uint8Array([0x9a, 0x8b, 0x7c, 0x6d, 0x5e, 0x4f, 0x3a, 0x2b, 0xff]))).toBe(NODE_A);
    expect(() => nodeIdFromBytes(new Uint8Array(7))).toThrow(RangeError);
  });
});
