// Changes written while the device's date was wrong (ahead): once the date is right they
// get fresh clocks (SYNC-PROTOCOL.md, clock_ahead), and what is derived from those clocks
// follows, so the case list does not keep showing activity in the future.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CLOCK_AHEAD_LIMIT_MS } from '../../../src/domain/protocol.ts';
import { hlcWallMs } from '../../../src/domain/hlc.ts';
import { createCase } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { restampAhead } from '../../../src/store/clock-ahead.ts';
import { freshStore, ok, START_MS } from './helpers.ts';

const TWO_HOURS = 2 * 60 * 60 * 1000;

describe('restamping changes dated ahead', () => {
  it("moves the case list's last activity back with the records' new clocks", async () => {
    const store = await freshStore();
    store.env.set(START_MS + TWO_HOURS); // the phone thinks it is two hours later
    const kase = ok(await createCase(store, { displayName: 'Demo: Dated' }));
    ok(await addNote(store, kase.id, { body: 'Written while the date was wrong.' }));
    expect((await store.db.caseIndex.get(kase.id))?.activityAt).toBe(START_MS + TWO_HOURS);

    store.env.set(START_MS); // the person corrected the date
    expect(await restampAhead(store)).toBe(2);

    const records = await store.db.records.where('caseId').equals(kase.id).toArray();
    const newest = Math.max(...records.map((row) => row.updatedAt));
    expect(newest).toBeLessThan(START_MS + CLOCK_AHEAD_LIMIT_MS);
    for (const row of await store.db.outbox.toArray()) expect(hlcWallMs(row.clock)).toBeLessThan(START_MS + CLOCK_AHEAD_LIMIT_MS);
    expect((await store.db.caseIndex.get(kase.id))?.activityAt).toBe(newest);
  });
});
