// Property: whatever several phones do offline, in whatever order they sync, with answers
// lost on the way and the endpoint restarting, once everyone has synced all phones and the
// endpoint hold the same records, and every acknowledged write is still there: as the
// current value, as a conflict record, or knowingly replaced by a write whose author had
// seen it (its `base`), unless its record was deleted (deletion is final).
// fake-indexeddb before anything loads Dexie (Dexie takes indexedDB when it loads).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncRecord } from '../../src/domain/records.ts';
import { createCase, deleteCase, updateCase } from '../../src/store/repo/cases.ts';
import { addNote, deleteNote, updateNote } from '../../src/store/repo/notes.ts';
import type { WriteResult } from '../../src/store/write.ts';
import {
  deviceRecords,
  endpointRecords,
  joinTeam,
  newDevice,
  setUpTeam,
  startEndpoint,
  synced,
  type Endpoint,
  type LocalRecord,
  type TestDevice,
} from './sync-support.ts';

type Action =
  | { kind: 'createCase'; device: number }
  | { kind: 'editCase'; device: number; pick: number; field: 'summary' | 'displayName' }
  | { kind: 'addNote'; device: number; pick: number }
  | { kind: 'editNote'; device: number; pick: number }
  | { kind: 'deleteNote'; device: number; pick: number }
  | { kind: 'deleteCase'; device: number; pick: number }
  | { kind: 'sync'; device: number; fault: null | { at: number; kind: 'lose_answer' | 'offline' } }
  | { kind: 'restart' };

const device = fc.nat({ max: 99 });
const pick = fc.nat({ max: 99 });
const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('createCase' as const), device }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('editCase' as const), device, pick, field: fc.constantFrom('summary' as const, 'displayName' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('addNote' as const), device, pick }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('editNote' as const), device, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteNote' as const), device, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCase' as const), device, pick }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      fault: fc.option(fc.record({ at: fc.nat({ max: 2 }), kind: fc.constantFrom('lose_answer' as const, 'offline' as const) }), { freq: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

interface Written {
  device: number;
  n: number;
  record: string;
  field: string;
  value: string;
  clock: string;
  base: string | null;
}

interface World {
  endpoint: Endpoint;
  devices: TestDevice[];
  written: Written[];
  counter: number;
}

async function liveOfType(who: TestDevice, type: 'case' | 'note'): Promise<string[]> {
  const rows = await who.store.db.records.where('type').equals(type).toArray();
  return rows.filter((row) => !row.isDeleted).map((row) => row.id).toSorted();
}

async function remember(world: World, who: number, result: WriteResult, set: Record<string, string>): Promise<void> {
  if (!result.ok || result.value.n === null) return; // refused locally (e.g. its case is gone here)
  const row = await world.devices[who]!.store.db.outbox.get(result.value.n);
  if (!row) throw new Error('the write has no outbox entry');
  for (const [field, value] of Object.entries(set)) {
    world.written.push({ device: who, n: row.n, record: row.record, field, value, clock: row.clock, base: row.base?.[field] ?? null });
  }
}

async function perform(world: World, action: Action): Promise<void> {
  if (action.kind === 'restart') return world.endpoint.restart();
  const who = action.device % world.devices.length;
  const phone = world.devices[who]!;
  const value = () => `v${(world.counter += 1)} from ${phone.label}`;
  switch (action.kind) {
    case 'createCase': {
      const set = { displayName: value() };
      return remember(world, who, await createCase(phone.store, set), set);
    }
    case 'editCase': {
      const cases = await liveOfType(phone, 'case');
      if (cases.length === 0) return;
      const set = { [action.field]: value() };
      return remember(world, who, await updateCase(phone.store, cases[action.pick % cases.length]!, set), set);
    }
    case 'addNote': {
      const cases = await liveOfType(phone, 'case');
      if (cases.length === 0) return;
      const set = { body: value() };
      return remember(world, who, await addNote(phone.store, cases[action.pick % cases.length]!, set), set);
    }
    case 'editNote': {
      const notes = await liveOfType(phone, 'note');
      if (notes.length === 0) return;
      const set = { body: value() };
      return remember(world, who, await updateNote(phone.store, notes[action.pick % notes.length]!, set), set);
    }
    case 'deleteNote': {
      const notes = await liveOfType(phone, 'note');
      if (notes.length > 0) await deleteNote(phone.store, notes[action.pick % notes.length]!);
      return;
    }
    case 'deleteCase': {
      const cases = await liveOfType(phone, 'case');
      if (cases.length > 0) await deleteCase(phone.store, cases[action.pick % cases.length]!);
      return;
    }
    case 'sync': {
      if (action.fault) phone.faults.push(...Array.from({ length: action.fault.at }, () => null), action.fault.kind);
      await phone.sync(); // may fail: that is the point
      phone.faults.length = 0;
      return;
    }
  }
}

function sameRecord(local: LocalRecord | undefined, remote: SyncRecord): boolean {
  if (!local) return false;
  return JSON.stringify([local.fields, local.clocks, local.deleted]) === JSON.stringify([remote.fields, remote.clocks, remote.deleted]);
}

async function checkConverged(world: World): Promise<void> {
  const { endpoint, devices, written } = world;
  // Everyone syncs, twice round, with no faults: the first round sends, the second brings.
  for (let round = 0; round < 2; round += 1) for (const phone of devices) await synced(phone);
  for (const phone of devices) expect(await phone.store.db.outbox.count(), `${phone.label} outbox`).toBe(0);

  const truth = await endpointRecords(endpoint, devices[0]!);
  const live = [...truth.values()].filter((record) => record.deleted === null);
  for (const phone of devices) {
    const local = await deviceRecords(phone);
    for (const record of live) expect(sameRecord(local.get(record.id), record), `${phone.label} has ${record.type} ${record.id} as stored`).toBe(true);
    for (const mine of local.values()) {
      if (mine.deleted === null) expect(truth.get(mine.id)?.deleted, `${phone.label}'s live ${mine.type} ${mine.id} is live on the endpoint`).toBeNull();
    }
  }

  // Every acknowledged write survives somewhere, unless knowingly replaced or deleted.
  const rejected = new Set<string>();
  for (const [i, phone] of devices.entries()) for (const row of await phone.store.db.rejected.toArray()) rejected.add(`${i}:${row.n}`);
  const acknowledged = written.filter((write) => !rejected.has(`${write.device}:${write.n}`));
  const conflicts = [...truth.values()].filter((record) => record.type === 'conflict' && record.deleted === null);
  for (const write of acknowledged) {
    const record = truth.get(write.record);
    // Deleted, which is final (a record of a deleted case may never have reached it).
    if (!record || record.deleted !== null) continue;
    const current = record.fields[write.field] === write.value;
    const kept = conflicts.some((c) => c.fields.recordId === write.record && c.fields.field === write.field && c.fields.value === write.value);
    const replaced = acknowledged.some((other) => other.record === write.record && other.field === write.field && other.base === write.clock);
    expect(current || kept || replaced, `write ${write.value} to ${write.field} of ${write.record}`).toBe(true);
  }
}

async function runScenario(deviceCount: number, actions: Action[]): Promise<void> {
  const endpoint = await startEndpoint();
  const devices: TestDevice[] = [];
  try {
    for (let i = 0; i < deviceCount; i += 1) devices.push(await newDevice(endpoint, `phone ${i}`));
    await setUpTeam(endpoint, devices[0]!);
    for (const phone of devices.slice(1)) await joinTeam(endpoint, devices[0]!, phone, 'counselor');
    const world: World = { endpoint, devices, written: [], counter: 0 };
    for (const action of actions) await perform(world, action);
    await checkConverged(world);
  } finally {
    for (const phone of devices) await phone.close();
    await endpoint.close();
  }
}

const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 30);

describe('convergence', () => {
  it('brings 3 to 5 phones and the endpoint to the same records without losing an acknowledged write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 5 }), fc.array(actionArbitrary, { minLength: 5, maxLength: 40 }), runScenario),
      { numRuns: RUNS },
    );
  }, 600_000);
});
