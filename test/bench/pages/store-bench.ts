// Runs inside real Chromium: the store's own code against the browser's IndexedDB, and a
// raw IndexedDB baseline in the same page. test/bench/store.bench.ts drives it.
import { formatHlc } from '../../../src/domain/hlc.ts';
import { uuidv7 } from '../../../src/domain/ids.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { caseList, type CaseListQuery } from '../../../src/store/queries/case-list.ts';
import { caseWithNotes } from '../../../src/store/queries/case-detail.ts';
import { createCase } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { openSearchIndex } from '../../../src/store/search.ts';
import { closeStore, openStore, type Store } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { addDaysIso, FIRST, LAST, LEGAL, prng, unwrap, WORDS } from './seed-data.ts';

async function open(name: string): Promise<Store> {
  return unwrap(await openStore({ name }));
}

// ---- note save: the store (record + outbox + clock, one transaction) vs raw IndexedDB ----

const NOTE_BODY =
  'Demo: poklicali najemodajalca glede ogleda stanovanja, dogovor za torek ob desetih; prinesti osebni dokument in potrdilo o prijavi.';

let saveStore: Store | null = null;
let saveCaseId = '';
let rawDb: IDBDatabase | null = null;
let rawN = 0;
let dexieStore: Store | null = null;

async function prepareSaves(name: string): Promise<void> {
  saveStore = await open(name);
  saveCaseId = unwrap(await createCase(saveStore, { displayName: 'Demo: Bench Primer', tags: ['bench'] })).id;
  rawDb = await openRawDb(`${name}-raw`);
  dexieStore = await open(`${name}-dexie`);
}

/** `count` note saves through the store; ms each. */
async function storeSaves(count: number): Promise<number[]> {
  const store = saveStore as Store;
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    unwrap(await addNote(store, saveCaseId, { body: NOTE_BODY, kind: 'phone_call' }));
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** The two rows of a note save (note record, outbox entry), numbered `n`. */
function noteRows(n: number) {
  const now = Date.now();
  const id = uuidv7(now, crypto.getRandomValues(new Uint8Array(10)));
  const clock = formatHlc({ wallMs: now, counter: 0, node: '00000000000000aa' });
  const fields = JSON.stringify({ body: NOTE_BODY, kind: 'phone_call' });
  return {
    record: {
      id,
      type: 'note' as const,
      caseId: saveCaseId,
      fields,
      clocks: { body: clock, kind: clock },
      deleted: null,
      isDeleted: 0 as const,
      updatedAt: now,
      changeNo: n,
      due: [],
    },
    outbox: { n, record: id, type: 'note' as const, caseId: saveCaseId, set: fields, clock, base: { body: null, kind: null }, createdAt: now },
  };
}

/** The same two rows (note record, outbox entry) in one raw IndexedDB transaction; ms each. */
async function rawSaves(count: number): Promise<number[]> {
  const db = rawDb as IDBDatabase;
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    rawN += 1;
    const rows = noteRows(rawN);
    const tx = db.transaction(['records', 'outbox'], 'readwrite');
    tx.objectStore('records').put(rows.record);
    tx.objectStore('outbox').put(rows.outbox);
    await new Promise<void>((resolve, reject) => {
      tx.addEventListener('complete', () => resolve());
      tx.addEventListener('error', () => reject(tx.error));
      tx.addEventListener('abort', () => reject(tx.error));
    });
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * The same two rows in one Dexie transaction, in a database of the store's own schema: the
 * least any save through Dexie costs (its transaction and change tracking); ms each.
 */
async function dexieSaves(count: number): Promise<number[]> {
  const { db } = dexieStore as Store;
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    rawN += 1;
    const rows = noteRows(rawN);
    await db.transaction('rw', db.records, db.outbox, () => Promise.all([db.records.add(rows.record), db.outbox.add(rows.outbox)]));
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** A database with the store's record and outbox indexes (db.ts, schema version 2). */
function openRawDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.addEventListener('upgradeneeded', () => {
      const db = request.result;
      const records = db.createObjectStore('records', { keyPath: 'id' });
      for (const index of ['type', 'caseId', 'isDeleted', 'updatedAt', 'changeNo']) records.createIndex(index, index);
      records.createIndex('[type+caseId]', ['type', 'caseId']);
      records.createIndex('due', 'due', { multiEntry: true });
      const outbox = db.createObjectStore('outbox', { keyPath: 'n' });
      outbox.createIndex('record', 'record');
      outbox.createIndex('caseId', 'caseId');
    });
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

// ---- a big notebook: 5,000 cases, 50,000 notes, generated here ----------------------------

const NODE = '00000000000000be';



/** Generate the notebook and store it the way a new device gets it: pulled batches. */
async function generate(name: string, cases: number, notesPerCase: number, today: string): Promise<{ records: number; ms: number }> {
  const store = await open(name);
  const random = prng(42);
  const bytes = () => Uint8Array.from({ length: 10 }, () => Math.floor(random() * 256));
  const baseMs = Date.parse(`${today}T08:00:00Z`) - 400 * 86_400_000;
  let tick = 0;
  const clockAt = () => formatHlc({ wallMs: baseMs + (tick += 600_000), counter: 0, node: NODE });
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

  let batch: SyncRecord[] = [];
  let total = 0;
  const t0 = performance.now();
  for (let c = 0; c < cases; c += 1) {
    const caseClock = clockAt();
    const caseId = uuidv7(baseMs + tick, bytes());
    const fields = {
      displayName: `Demo: ${FIRST[c % FIRST.length]} ${LAST[Math.floor(c / FIRST.length) % LAST.length]} ${c}`,
      legalStatus: LEGAL[c % LEGAL.length],
      status: c % 5 === 0 ? 'closed' : 'open',
      tags: [WORDS[c % 7] as string],
      assignees: [`u_${c % 20}`],
      summary: sentence(12),
    };
    batch.push({ id: caseId, type: 'case', caseId, fields, clocks: Object.fromEntries(Object.keys(fields).map((f) => [f, caseClock])), deleted: null });
    for (let k = 0; k < notesPerCase; k += 1) {
      const clock = clockAt();
      const note: Record<string, unknown> = { body: sentence(25), kind: 'counseling' };
      if (random() < 0.2) note.followUpDate = addDaysIso(today, Math.floor(random() * 90) - 30);
      const id = uuidv7(baseMs + tick, bytes());
      batch.push({ id, type: 'note', caseId, fields: note, clocks: Object.fromEntries(Object.keys(note).map((f) => [f, clock])), deleted: null });
    }
    if (batch.length >= 1000 || c === cases - 1) {
      total += batch.length;
      unwrap(await applyPulled(store, { records: batch, removed: [], cursor: String(total) }));
      batch = [];
    }
  }
  const ms = performance.now() - t0;
  closeStore(store);
  return { records: total, ms };
}

// ---- reading: case list and search -------------------------------------------------------

/** App start: open the database and get the first page of the case list. */
async function caseListFirst(name: string, today: string): Promise<{ openMs: number; firstQueryMs: number; total: number }> {
  const t0 = performance.now();
  const store = await open(name);
  const t1 = performance.now();
  const page = await caseList(store, { sort: 'deadline', today, limit: 50 });
  const t2 = performance.now();
  closeStore(store);
  return { openMs: t1 - t0, firstQueryMs: t2 - t1, total: page.total };
}

/** The floor for any case list: raw IndexedDB getAll of the same caseIndex rows; ms each. */
async function rawCaseIndexReads(name: string, rounds: number): Promise<number[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = performance.now();
    await new Promise((resolve, reject) => {
      const request = db.transaction('caseIndex').objectStore('caseIndex').getAll();
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });
    samples.push(performance.now() - t0);
  }
  db.close();
  return samples;
}

async function caseListQueries(name: string, today: string, rounds: number): Promise<Record<string, number[]>> {
  const store = await open(name);
  const queries: Record<string, CaseListQuery> = {
    'open, by deadline': { sort: 'deadline', today },
    'open, by activity': { sort: 'activity', today },
    'all, by activity': { sort: 'activity', today, status: 'all' },
    'legal status': { sort: 'deadline', today, legalStatus: 'dublin' },
    'assigned to me': { sort: 'deadline', today, assignedTo: 'u_3' },
    tag: { sort: 'deadline', today, tag: 'stanovanje' },
    'page 40': { sort: 'activity', today, offset: 2000 },
  };
  const samples: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r += 1) {
    for (const [label, query] of Object.entries(queries)) {
      const t0 = performance.now();
      await caseList(store, query);
      (samples[label] ??= []).push(performance.now() - t0);
    }
  }
  const first = (await caseList(store, { sort: 'activity', today, limit: 1 })).items[0];
  if (first) {
    const t0 = performance.now();
    await caseWithNotes(store, first.id);
    samples['case with notes'] = [performance.now() - t0];
  }
  closeStore(store);
  return samples;
}

async function search(name: string, rounds: number): Promise<{ buildMs: number; documents: number; samples: Record<string, number[]>; hits: Record<string, number> }> {
  const store = await open(name);
  const t0 = performance.now();
  const index = openSearchIndex(store);
  await index.ready;
  const buildMs = performance.now() - t0;
  const queries = ['ana', 'stan', 'stanovanje', 'zdravnik sola', 'pogodba najem rok', 'cakalna', 'Demo: Omar Example 13', 'logat', 'xyzzy'];
  const samples: Record<string, number[]> = {};
  const hits: Record<string, number> = {};
  for (let r = 0; r < rounds; r += 1) {
    for (const query of queries) {
      const t = performance.now();
      index.searchCases(query); // the first 50 cases, as the search screen asks
      (samples[query] ??= []).push(performance.now() - t);
    }
  }
  // How many cases match in all (not timed): how hard each query is.
  for (const query of queries) hits[query] = index.searchCases(query, { limit: Number.MAX_SAFE_INTEGER }).length;
  const documents = index.size;
  index.close();
  closeStore(store);
  return { buildMs, documents, samples, hits };
}

const api = { prepareSaves, storeSaves, rawSaves, dexieSaves, generate, caseListFirst, rawCaseIndexReads, caseListQueries, search };
(window as unknown as { storeBench: typeof api }).storeBench = api;
document.body.dataset.ready = 'true';

export type StoreBenchApi = typeof api;
