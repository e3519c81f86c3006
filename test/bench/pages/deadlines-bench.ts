// Runs inside real Chromium: the Deadlines screen's query (every checklist of every open
// case, due dates computed from the exact template version, viewing follow-ups) and one
// case's checklists, against the browser's IndexedDB. test/bench/deadlines.bench.ts drives it.
import { formatHlc } from '../../../src/domain/hlc.ts';
import { uuidv7 } from '../../../src/domain/ids.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';
import { checklistsOfCase } from '../../../src/store/queries/checklists.ts';
import { deadlinesOverview } from '../../../src/store/queries/deadlines.ts';
import { setItemDone } from '../../../src/store/repo/checklists.ts';
import { closeStore, openStore, type Store } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { addDaysIso, prng, unwrap } from './seed-data.ts';

const NODE = 'bbbbbbbbbbbbbbbb';




let caseIds: string[] = [];

/** `cases` cases, each with `perCase` checklists on built-in templates, key dates around today. */
async function generate(name: string, cases: number, perCase: number, today: string): Promise<{ records: number; ms: number }> {
  const store = unwrap(await openStore({ name }));
  const random = prng(7);
  const bytes = () => Uint8Array.from({ length: 10 }, () => Math.floor(random() * 256));
  const baseMs = Date.parse(`${today}T08:00:00Z`) - 100 * 86_400_000;
  let tick = 0;
  const clock = () => formatHlc({ wallMs: baseMs + (tick += 60_000), counter: 0, node: NODE });
  const record = (type: SyncRecord['type'], caseId: string, fields: Record<string, unknown>, id = uuidv7(baseMs + tick, bytes())): SyncRecord => {
    const at = clock();
    return { id, type, caseId, fields, clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, at])), deleted: null };
  };
  caseIds = [];
  let batch: SyncRecord[] = [];
  let total = 0;
  const t0 = performance.now();
  for (let c = 0; c < cases; c += 1) {
    const caseId = uuidv7(baseMs + tick, bytes());
    caseIds.push(caseId);
    batch.push(record('case', caseId, { displayName: `Demo: Bench ${c}`, status: c % 5 === 0 ? 'closed' : 'open' }, caseId));
    for (let k = 0; k < perCase; k += 1) {
      const template = builtInTemplates[Math.floor(random() * builtInTemplates.length)]!;
      const fields: Record<string, unknown> = { templateId: template.id, templateVersion: template.version };
      for (const keyDate of template.keyDates) {
        if (random() < 0.6) fields[`date.${keyDate}`] = addDaysIso(today, Math.floor(random() * 120) - 60);
      }
      for (const item of template.items) if (random() < 0.3) fields[`item.${item.key}.done`] = true;
      batch.push(record('checklist', caseId, fields));
    }
    if (random() < 0.3) batch.push(record('viewing', caseId, { date: today, followUpDate: addDaysIso(today, Math.floor(random() * 20)) }));
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

let opened: Store | null = null;

async function storeNamed(name: string): Promise<Store> {
  opened ??= unwrap(await openStore({ name }));
  return opened;
}

/** ms per deadlinesOverview run when nothing changed in between, and what it found. */
async function overview(name: string, today: string, rounds: number): Promise<{ samples: number[]; overdue: number; upcoming: number }> {
  const store = await storeNamed(name);
  const samples: number[] = [];
  let last = await deadlinesOverview(store, today);
  for (let i = 0; i < rounds; i += 1) {
    const t0 = performance.now();
    last = await deadlinesOverview(store, today);
    samples.push(performance.now() - t0);
  }
  return { samples, overdue: last.overdue.length, upcoming: last.upcoming.length };
}

/** ms per deadlinesOverview on a freshly opened store: nothing remembered (app start). */
async function overviewCold(name: string, today: string, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const store = unwrap(await openStore({ name }));
    const t0 = performance.now();
    await deadlinesOverview(store, today);
    samples.push(performance.now() - t0);
    closeStore(store);
  }
  return samples;
}

/** ms per deadlinesOverview right after one item was ticked (what the badge does then). */
async function overviewAfterTick(name: string, today: string, rounds: number): Promise<number[]> {
  const store = await storeNamed(name);
  await deadlinesOverview(store, today);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const checklist = (await checklistsOfCase(store, caseIds[(i * 13) % caseIds.length]!))[0];
    if (checklist?.template) {
      const item = checklist.template.template.items[i % checklist.template.template.items.length]!;
      unwrap(await setItemDone(store, checklist.id, item.key, i % 2 === 0, { by: 'Demo: Bench', on: today }));
    }
    const t0 = performance.now();
    await deadlinesOverview(store, today);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** ms per run of the overview's IndexedDB reads alone (checklists, cases, viewings). */
async function readsOnly(name: string, rounds: number): Promise<number[]> {
  const store = await storeNamed(name);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const t0 = performance.now();
    await store.db.records.where('type').equals('checklist').toArray();
    await store.db.records.where('type').equals('case').toArray();
    await store.db.records.where('type').equals('viewing').toArray();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** ms per checklistsOfCase (the case page's section) over different cases. */
async function caseSection(name: string, rounds: number): Promise<number[]> {
  const store = await storeNamed(name);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const caseId = caseIds[(i * 37) % caseIds.length]!;
    const t0 = performance.now();
    await checklistsOfCase(store, caseId);
    samples.push(performance.now() - t0);
  }
  return samples;
}

const api = { generate, overview, overviewCold, overviewAfterTick, readsOnly, caseSection };
(window as unknown as { deadlinesBench: typeof api }).deadlinesBench = api;
document.body.dataset.ready = 'true';

export type DeadlinesBenchApi = typeof api;
