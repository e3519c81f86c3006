import { describe, expect, it } from 'vitest';
import { assignmentChangeFields, assignmentHistory } from '../../../src/domain/assignment-history.ts';
import { formatHlc } from '../../../src/domain/hlc.ts';
import { applyWrite, mergeRemote } from '../../../src/domain/merge.ts';
import { validateSet } from '../../../src/domain/records.ts';
import { uuidv7 } from '../../../src/domain/uuidv7.ts';

const T = Date.UTC(2026, 11, 7, 13, 2, 0, 0);
const PHONE_ANA = '00000000000000aa';
const PHONE_BORIS = '00000000000000bb';
const clock = (minute: number, node: string) => formatHlc({ wallMs: T + minute * 60_000, counter: 0, node });
const changeId = (minute: number, seed: number) => uuidv7(T + minute * 60_000, new Uint8Array(10).fill(seed));

describe('assignment history', () => {
  it('writes one entry naming who was added and who was taken off', () => {
    const id = changeId(0, 1);
    expect(assignmentChangeFields(['u_mila', 'u_boris'], ['u_mila', 'u_ana'], 'u_ana', id)).toEqual({
      [`assignment.${id}`]: { by: 'u_ana', added: ['u_ana'], removed: ['u_boris'] },
    });
  });

  it('writes nothing when a save leaves the assignees as they were', () => {
    expect(assignmentChangeFields(['u_mila', 'u_ana'], ['u_ana', 'u_mila'], 'u_ana', changeId(0, 1))).toEqual({});
  });

  it('is a valid case field, and only under a UUID with a change as its value', () => {
    const id = changeId(0, 1);
    expect(validateSet('case', { [`assignment.${id}`]: { by: 'u_ana', added: ['u_mila'], removed: [] } })).toEqual({ ok: true });
    expect(validateSet('case', { [`assignment.${id}`]: null })).toEqual({ ok: true });
    const wrong = [
      { 'assignment.not-a-uuid': { by: 'u_ana', added: [], removed: [] } },
      { [`assignment.${id}`]: { by: 'u_ana', added: ['u_mila'] } },
      { [`assignment.${id}`]: { by: 'u_ana', added: ['u_mila'], removed: [], note: 'extra' } },
      { [`assignment.${id}`]: { by: 'u ana', added: [], removed: [] } },
    ];
    for (const set of wrong) expect(validateSet('case', set).ok).toBe(false);
    expect(validateSet('note', { [`assignment.${id}`]: { by: 'u_ana', added: [], removed: [] } }).ok).toBe(false);
  });

  it('keeps both entries when two devices change the assignees at once', () => {
    const created = applyWrite(null, {
      set: { displayName: 'A. K.', assignees: ['u_ana'], ...assignmentChangeFields([], ['u_ana'], 'u_ana', changeId(0, 1)) },
      clock: clock(0, PHONE_ANA),
    }).state;
    const base = { assignees: created.clocks.assignees ?? null };
    // Offline, Ana gives the case to Mila; Boris, who saw the same case, adds himself.
    const byAna = {
      set: { assignees: ['u_ana', 'u_mila'], ...assignmentChangeFields(['u_ana'], ['u_ana', 'u_mila'], 'u_ana', changeId(5, 2)) },
      clock: clock(5, PHONE_ANA),
      base,
    };
    const byBoris = {
      set: { assignees: ['u_ana', 'u_boris'], ...assignmentChangeFields(['u_ana'], ['u_ana', 'u_boris'], 'u_boris', changeId(6, 3)) },
      clock: clock(6, PHONE_BORIS),
      base,
    };
    const anaFirst = applyWrite(applyWrite(created, byAna).state, byBoris);
    const borisFirst = applyWrite(applyWrite(created, byBoris).state, byAna);

    const history = assignmentHistory(anaFirst.state.fields);
    expect(history.map(({ by, added, removed }) => ({ by, added, removed }))).toEqual([
      { by: 'u_ana', added: ['u_ana'], removed: [] },
      { by: 'u_ana', added: ['u_mila'], removed: [] },
      { by: 'u_boris', added: ['u_boris'], removed: [] },
    ]);
    expect(history.map((entry) => entry.at)).toEqual([T, T + 5 * 60_000, T + 6 * 60_000]);
    // Arrival order does not matter, and no history entry is ever a conflict: only the
    // assignees list itself is (Ana's list is kept aside for a person to choose).
    expect(assignmentHistory(borisFirst.state.fields)).toEqual(history);
    expect(anaFirst.lost.map((lost) => lost.field)).toEqual(['assignees']);
    expect(borisFirst.lost.map((lost) => lost.field)).toEqual(['assignees']);

    // A device that still has its own change pending keeps it while it pulls the other one.
    const anaPhone = applyWrite(created, byAna).state;
    const pulled = mergeRemote(anaPhone, applyWrite(created, byBoris).state, new Set(Object.keys(byAna.set)));
    expect(assignmentHistory(pulled.fields)).toHaveLength(3);
  });

  it('leaves out entries it cannot read instead of showing them wrong', () => {
    const id = changeId(0, 1);
    expect(
      assignmentHistory({ displayName: 'A. K.', [`assignment.${id}`]: { by: 'u_ana', added: 'u_mila' }, 'assignment.x': { by: 'u_ana', added: [], removed: [] } }),
    ).toEqual([]);
  });
});
