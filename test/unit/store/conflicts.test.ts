// Conflicts as the conflicts screen reads and resolves them: both values side by side,
// resolving writes the chosen value only when it is not the current one, then deletes the
// conflict record through the write path (so it syncs to everyone).
import { describe, expect, it } from 'vitest';
import { formatHlc, type Hlc } from '../../../src/domain/hlc.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { openConflictCount, openConflicts } from '../../../src/store/queries/conflicts.ts';
import { createCase } from '../../../src/store/repo/cases.ts';
import { resolveConflict } from '../../../src/store/repo/conflicts.ts';
import { addNote, deleteNote, updateNote } from '../../../src/store/repo/notes.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { acknowledge, pendingMutations } from '../../../src/store/sync-state.ts';
import type { Store } from '../../../src/store/store.ts';
import { freshStore, ok, START_MS } from './helpers.ts';

const OTHER_NODE = '00000000000000bb';
const CONFLICT_1 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e81';
const CONFLICT_2 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e82';

function remoteClock(minutes: number): Hlc {
  return formatHlc({ wallMs: START_MS + minutes * 60_000, counter: 0, node: OTHER_NODE });
}

function conflictRecord(id: string, caseId: string, recordId: string, value: unknown, minutes: number, seq: string, won: Record<string, string> = {}): SyncRecord {
  const clock = remoteClock(minutes);
  const fields = { recordId, recordType: 'note', field: 'body', value, clock, authorId: 'u_other', deviceId: 'd_other', ...won };
  return { id, type: 'conflict', caseId, fields, clocks: Object.fromEntries(Object.keys(fields).map((name) => [name, clock])), deleted: null, seq };
}

/** A case with one note whose body is `body`, everything acknowledged, and a conflict about it. */
async function noteWithConflict(store: Store, body: string, keptBody: string) {
  const kase = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
  const note = ok(await addNote(store, kase.id, { body }));
  ok(await acknowledge(store, 2));
  ok(await applyPulled(store, { records: [conflictRecord(CONFLICT_1, kase.id, note.id, keptBody, 1, '5')], removed: [], cursor: 'c-5' }));
  return { caseId: kase.id, noteId: note.id };
}

async function bodyOf(store: Store, id: string): Promise<unknown> {
  const row = await store.db.records.get(id);
  return row ? ((await store.codec.decode(row.fields)) as { body?: unknown }).body : undefined;
}

describe('open conflicts', () => {
  it('shows the kept-aside text beside the current text, with who wrote each and when', async () => {
    const store = await freshStore();
    const { caseId, noteId } = await noteWithConflict(store, 'Called the landlord on Monday.', 'Called the landlord on Tuesday.');
    const [conflict] = await openConflicts(store);
    expect(conflict).toMatchObject({
      id: CONFLICT_1,
      caseId,
      caseName: 'Demo: Ana Primer',
      recordId: noteId,
      recordType: 'note',
      field: 'body',
      kept: { value: 'Called the landlord on Tuesday.', at: START_MS + 60_000, authorId: 'u_other', deviceId: 'd_other' },
      current: { value: 'Called the landlord on Monday.', at: START_MS, byThisDevice: true, authorId: null },
    });
    expect(await openConflictCount(store)).toBe(1);
    expect(await openConflicts(store, { caseId })).toHaveLength(1);
    expect(await openConflicts(store, { caseId: '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9eff' })).toEqual([]);
  });

  it('names who wrote the current value while it is still the value that won', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    const note = ok(await addNote(store, kase.id, { body: 'Called the landlord on Monday.' }));
    ok(await acknowledge(store, 2));
    const won = { wonClock: note.clock!, wonAuthorId: 'u_me', wonDeviceId: 'd_me' };
    ok(await applyPulled(store, { records: [conflictRecord(CONFLICT_1, kase.id, note.id, 'Tuesday', 1, '5', won)], removed: [], cursor: 'c-5' }));
    expect((await openConflicts(store))[0]?.current?.authorId).toBe('u_me');
    // Written again since: whoever wrote it now is no longer known.
    ok(await updateNote(store, note.id, { body: 'Called the landlord on Wednesday.' }));
    expect((await openConflicts(store))[0]?.current?.authorId).toBeNull();
  });

  it('says when the record itself is gone from this device', async () => {
    const store = await freshStore();
    const { noteId } = await noteWithConflict(store, 'Old text', 'Other text');
    ok(await deleteNote(store, noteId));
    const [conflict] = await openConflicts(store);
    expect(conflict?.current).toBeNull();
  });
});

describe('resolving a conflict', () => {
  it('keeping the current value only deletes the conflict record (one delete mutation)', async () => {
    const store = await freshStore();
    const { noteId } = await noteWithConflict(store, 'Mine', 'Theirs');
    ok(await resolveConflict(store, CONFLICT_1, { keep: 'current' }));
    expect(await bodyOf(store, noteId)).toBe('Mine');
    expect(await openConflicts(store)).toEqual([]);
    const queued = ok(await pendingMutations(store));
    expect(queued.map((mutation) => [mutation.type, mutation.record, mutation.delete ?? false])).toEqual([['conflict', CONFLICT_1, true]]);
  });

  it('choosing the other value writes it to the record, then deletes the conflict', async () => {
    const store = await freshStore();
    const { noteId } = await noteWithConflict(store, 'Mine', 'Theirs');
    ok(await resolveConflict(store, CONFLICT_1, { write: 'Theirs' }));
    expect(await bodyOf(store, noteId)).toBe('Theirs');
    const queued = ok(await pendingMutations(store));
    expect(queued.map((mutation) => [mutation.type, mutation.set ?? 'delete'])).toEqual([
      ['note', { body: 'Theirs' }],
      ['conflict', 'delete'],
    ]);
    expect(await openConflictCount(store)).toBe(0);
  });

  it('a merged text is written like a chosen value; a value already current is not written again', async () => {
    const store = await freshStore();
    const { caseId, noteId } = await noteWithConflict(store, 'Mine', 'Theirs');
    ok(await resolveConflict(store, CONFLICT_1, { write: 'Mine and theirs' }));
    expect(await bodyOf(store, noteId)).toBe('Mine and theirs');

    ok(await applyPulled(store, { records: [conflictRecord(CONFLICT_2, caseId, noteId, 'Third', 2, '6')], removed: [], cursor: 'c-6' }));
    ok(await updateNote(store, noteId, { body: 'Third' }));
    const before = ok(await pendingMutations(store)).length;
    ok(await resolveConflict(store, CONFLICT_2, { write: 'Third' }));
    const after = ok(await pendingMutations(store));
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ type: 'conflict', record: CONFLICT_2, delete: true });
  });

  it('refuses a value the field does not accept, and leaves the conflict open', async () => {
    const store = await freshStore();
    await noteWithConflict(store, 'Mine', 'Theirs');
    const result = await resolveConflict(store, CONFLICT_1, { write: 42 });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid');
    expect(await openConflictCount(store)).toBe(1);
  });

  it('closes a conflict whose record was deleted, without writing to it', async () => {
    const store = await freshStore();
    const { noteId } = await noteWithConflict(store, 'Mine', 'Theirs');
    ok(await deleteNote(store, noteId));
    ok(await resolveConflict(store, CONFLICT_1, { write: 'Theirs' }));
    expect(await openConflictCount(store)).toBe(0);
    expect((await resolveConflict(store, CONFLICT_1, { keep: 'current' })).ok).toBe(false);
  });
});
