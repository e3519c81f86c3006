import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from '../../../src/domain/hlc.ts';
import { applyWrite, mergeRemote, type MergeState, type MergeWrite } from '../../../src/domain/merge.ts';
import { jsonEqual } from '../../../src/domain/json-equal.ts';

const PHONE_A = '00000000000000aa';
const PHONE_B = '00000000000000bb';
const T = Date.UTC(2026, 10, 21, 10, 0, 0, 0);
const clock = (minute: number, node = PHONE_A, counter = 0) =>
  formatHlc({ wallMs: T + minute * 60_000, counter, node });

function apply(state: MergeState | null, write: MergeWrite): MergeState {
  return applyWrite(state, write).state;
}

function replay(writes: MergeWrite[]): MergeState | null {
  return writes.reduce<MergeState | null>((state, w) => apply(state, w), null);
}

describe('applyWrite', () => {
  it('creates a record from its first write', () => {
    const result = applyWrite(null, { set: { body: 'Called the landlord.', kind: 'phone_call' }, clock: clock(1) });
    expect(result).toEqual({
      state: {
        fields: { body: 'Called the landlord.', kind: 'phone_call' },
        clocks: { body: clock(1), kind: clock(1) },
        deleted: null,
      },
      status: 'applied',
      won: ['body', 'kind'],
      lost: [],
    });
  });

  it('lets the later clock win field by field and leaves other fields alone', () => {
    const created = apply(null, { set: { body: 'v1', kind: 'legal' }, clock: clock(1) });
    const result = applyWrite(created, { set: { body: 'v2' }, clock: clock(2), base: { body: clock(1) } });
    expect(result.state.fields).toEqual({ body: 'v2', kind: 'legal' });
    expect(result.state.clocks).toEqual({ body: clock(2), kind: clock(1) });
    expect(result.won).toEqual(['body']);
    expect(result.lost).toEqual([]);
  });

  it('keeps both texts when two devices edit one note offline (later write wins, earlier is lost value)', () => {
    const created = apply(null, { set: { body: 'first visit' }, clock: clock(1) });
    // Both phones saw clock(1); A writes at minute 5, B at minute 3 but arrives later.
    const fromA = applyWrite(created, { set: { body: 'text from A' }, clock: clock(5, PHONE_A), base: { body: clock(1) } });
    expect(fromA.lost).toEqual([]);
    const fromB = applyWrite(fromA.state, {
      set: { body: 'text from B' },
      clock: clock(3, PHONE_B),
      base: { body: clock(1) },
    });
    expect(fromB.state.fields.body).toBe('text from A');
    expect(fromB.won).toEqual([]);
    expect(fromB.lost).toEqual([{ field: 'body', value: 'text from B', clock: clock(3, PHONE_B), side: 'incoming' }]);
  });

  it('reports the overwritten value when a write wins over a value its author never saw', () => {
    const created = apply(null, { set: { body: 'first visit' }, clock: clock(1) });
    const fromA = apply(created, { set: { body: 'text from A' }, clock: clock(3, PHONE_A), base: { body: clock(1) } });
    const fromB = applyWrite(fromA, { set: { body: 'text from B' }, clock: clock(5, PHONE_B), base: { body: clock(1) } });
    expect(fromB.state.fields.body).toBe('text from B');
    expect(fromB.won).toEqual(['body']);
    expect(fromB.lost).toEqual([{ field: 'body', value: 'text from A', clock: clock(3, PHONE_A), side: 'current' }]);
  });

  it('counts a field missing from base as never seen', () => {
    const created = apply(null, { set: { phone: '040 000 000' }, clock: clock(1, PHONE_A) });
    const result = applyWrite(created, { set: { phone: '041 000 000' }, clock: clock(2, PHONE_B) });
    expect(result.lost).toEqual([{ field: 'phone', value: '040 000 000', clock: clock(1, PHONE_A), side: 'current' }]);
  });

  it('is not a conflict when the base equals the current clock', () => {
    const created = apply(null, { set: { body: 'v1' }, clock: clock(1, PHONE_A) });
    const result = applyWrite(created, { set: { body: 'v2' }, clock: clock(2, PHONE_B), base: { body: clock(1, PHONE_A) } });
    expect(result.lost).toEqual([]);
    expect(result.won).toEqual(['body']);
  });

  it('is not a conflict when the values are identical, even unseen or losing', () => {
    const created = apply(null, { set: { tags: ['housing', 'school'] }, clock: clock(3, PHONE_A) });
    const unseenWinner = applyWrite(created, { set: { tags: ['housing', 'school'] }, clock: clock(5, PHONE_B) });
    expect(unseenWinner.lost).toEqual([]);
    expect(unseenWinner.state.clocks.tags).toBe(clock(5, PHONE_B));
    const loser = applyWrite(created, { set: { tags: ['housing', 'school'] }, clock: clock(1, PHONE_B) });
    expect(loser.lost).toEqual([]);
    expect(loser.state).toEqual(created);
  });

  it('compares objects by content, not key order', () => {
    const created = apply(null, { set: { address: { street: 'Fictional 1', city: 'Ljubljana' } }, clock: clock(1) });
    const result = applyWrite(created, { set: { address: { city: 'Ljubljana', street: 'Fictional 1' } }, clock: clock(2, PHONE_B) });
    expect(result.lost).toEqual([]);
  });

  it('treats the same write seen again as a no-op', () => {
    const write: MergeWrite = { set: { body: 'v1' }, clock: clock(1) };
    const once = apply(null, write);
    const twice = applyWrite(once, write);
    expect(twice.state).toEqual(once);
    expect(twice.won).toEqual([]);
    expect(twice.lost).toEqual([]);
  });

  it('lets a write with an equal clock and a different value lose, as a conflict (a cloned profile)', () => {
    const once = apply(null, { set: { body: 'v1' }, clock: clock(1) });
    const clone = applyWrite(once, { set: { body: 'from the clone' }, clock: clock(1) });
    expect(clone.state).toEqual(once);
    expect(clone.won).toEqual([]);
    expect(clone.lost).toEqual([{ field: 'body', value: 'from the clone', clock: clock(1), side: 'incoming' }]);
  });

  it('a delete erases every field and sets deleted', () => {
    const created = apply(null, { set: { displayName: 'A. K.', phone: '040 000 000' }, clock: clock(1) });
    const result = applyWrite(created, { delete: true, clock: clock(2) });
    expect(result).toEqual({ state: { fields: {}, clocks: {}, deleted: clock(2) }, status: 'applied', won: [], lost: [] });
  });

  it('deletion is final: later and earlier writes are gone and change nothing', () => {
    const deleted = apply(apply(null, { set: { body: 'v1' }, clock: clock(1) }), { delete: true, clock: clock(2) });
    for (const minute of [1, 3, 60]) {
      const result = applyWrite(deleted, { set: { body: 'resurrected?' }, clock: clock(minute, PHONE_B) });
      expect(result.status).toBe('gone');
      expect(result.state).toEqual(deleted);
    }
  });

  it('a second delete is gone too, and the earlier deletion clock is kept', () => {
    const deleted = apply(null, { delete: true, clock: clock(5, PHONE_A) });
    const later = applyWrite(deleted, { delete: true, clock: clock(6, PHONE_B) });
    expect(later.status).toBe('gone');
    expect(later.state.deleted).toBe(clock(5, PHONE_A));
    const earlierDelete = applyWrite(deleted, { delete: true, clock: clock(4, PHONE_B) });
    expect(earlierDelete.state.deleted).toBe(clock(4, PHONE_B));
  });

  it('treats __proto__ and constructor as ordinary field names', () => {
    const set = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as Record<string, unknown>;
    const state = apply(null, { set, clock: clock(1) });
    expect(Object.keys(state.fields).toSorted()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(state.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not change the state it was given', () => {
    const created = apply(null, { set: { body: 'v1' }, clock: clock(1) });
    const snapshot = structuredClone(created);
    apply(created, { set: { body: 'v2', kind: 'legal' }, clock: clock(2) });
    apply(created, { delete: true, clock: clock(3) });
    expect(created).toEqual(snapshot);
  });
});

describe('merging is order-independent', () => {
  const fieldNames = ['body', 'kind', 'followUpDate'];
  const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 }), fc.constant(null), fc.array(fc.boolean(), { maxLength: 2 }));
  const write = fc.record({
    minute: fc.integer({ min: 0, max: 30 }),
    node: fc.constantFrom(PHONE_A, PHONE_B, '00000000000000cc'),
    set: fc.dictionary(fc.constantFrom(...fieldNames), value),
    delete: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    base: fc.dictionary(fc.constantFrom(...fieldNames), fc.option(fc.integer({ min: 0, max: 30 }).map((m) => clock(m)))),
  });
  // Each write gets a distinct clock (one node never reuses a clock), as real devices do.
  const writes = fc.uniqueArray(write, { maxLength: 8, selector: (w) => `${w.minute}/${w.node}` }).map((ws) =>
    ws.map<MergeWrite>((w) =>
      w.delete ? { delete: true, clock: clock(w.minute, w.node) } : { set: w.set, clock: clock(w.minute, w.node), base: w.base },
    ),
  );

  const writesInTwoOrders = writes.chain((ws) =>
    fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws, { minLength: ws.length, maxLength: ws.length })),
  );

  it('applying the same writes in any order gives the same fields, clocks and deletion', () => {
    fc.assert(
      fc.property(writesInTwoOrders, ([ws, shuffled]) => {
        expect(replay(shuffled)).toEqual(replay(ws));
      }),
      { numRuns: Number(process.env.MERGE_RUNS ?? 500) },
    );
  });

  it('never drops a value silently: it survives, is reported lost, or its successor saw it', () => {
    fc.assert(
      fc.property(writesInTwoOrders, ([, ws]) => {
        if (ws.some((w) => w.delete)) return; // a delete erases by design
        let state: MergeState | null = null;
        const lost: { field: string; value: unknown }[] = [];
        for (const w of ws) {
          const result = applyWrite(state, w);
          state = result.state;
          lost.push(...result.lost);
        }
        for (const w of ws) {
          for (const [field, v] of Object.entries(w.set ?? {})) {
            const survives = state !== null && jsonEqual(state.fields[field], v);
            const reported = lost.some((l) => l.field === field && jsonEqual(l.value, v));
            // A later write replaced this value knowingly if its author had seen this write,
            // or another write of the very same value (identical values never conflict).
            const sameValueClocks = ws.filter((twin) => twin.set && field in twin.set && jsonEqual(twin.set[field], v)).map((twin) => twin.clock);
            const replacedKnowingly = ws.some(
              (other) =>
                other.set && field in other.set && other.clock > w.clock && sameValueClocks.includes(other.base?.[field] ?? ''),
            );
            expect(survives || reported || replacedKnowingly).toBe(true);
          }
        }
      }),
      { numRuns: Number(process.env.MERGE_RUNS ?? 500) },
    );
  });
});

describe('mergeRemote', () => {
  const local: MergeState = {
    fields: { body: 'local draft', kind: 'legal', followUpDate: '2026-12-01' },
    clocks: { body: clock(5, PHONE_A), kind: clock(1, PHONE_A), followUpDate: clock(1, PHONE_A) },
    deleted: null,
  };
  const remote: MergeState = {
    fields: { body: 'server text', kind: 'housing' },
    clocks: { body: clock(4, PHONE_B), kind: clock(4, PHONE_B) },
    deleted: null,
  };

  it('takes the pulled record when nothing is pending', () => {
    expect(mergeRemote(local, remote, new Set())).toEqual(remote);
    expect(mergeRemote(null, remote, new Set())).toEqual(remote);
  });

  it('keeps pending local fields until their mutation is acknowledged', () => {
    const merged = mergeRemote(local, remote, new Set(['body', 'followUpDate']));
    expect(merged).toEqual({
      fields: { body: 'local draft', kind: 'housing', followUpDate: '2026-12-01' },
      clocks: { body: clock(5, PHONE_A), kind: clock(4, PHONE_B), followUpDate: clock(1, PHONE_A) },
      deleted: null,
    });
  });

  it('keeps a pending local value even when the remote clock is later', () => {
    const newer: MergeState = { ...remote, clocks: { ...remote.clocks, body: clock(9, PHONE_B) } };
    expect(mergeRemote(local, newer, new Set(['body'])).fields.body).toBe('local draft');
  });

  it('ignores pending names the local copy does not have', () => {
    expect(mergeRemote(local, remote, new Set(['summary']))).toEqual(remote);
  });

  it('applies a remote tombstone, erasing even pending fields', () => {
    const tombstone: MergeState = { fields: {}, clocks: {}, deleted: clock(6, PHONE_B) };
    expect(mergeRemote(local, tombstone, new Set(['body']))).toEqual(tombstone);
  });

  it('keeps a local deletion against a live remote record, and the earlier of two deletions', () => {
    const localDeleted: MergeState = { fields: {}, clocks: {}, deleted: clock(7, PHONE_A) };
    expect(mergeRemote(localDeleted, remote, new Set())).toEqual(localDeleted);
    const remoteDeleted: MergeState = { fields: {}, clocks: {}, deleted: clock(6, PHONE_B) };
    expect(mergeRemote(localDeleted, remoteDeleted, new Set()).deleted).toBe(clock(6, PHONE_B));
  });
});
