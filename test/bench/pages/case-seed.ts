// Runs inside real Chromium on the app's own origin: fills the app's database
// (`terenski-zvezek`) with clearly fictional generated cases and notes, stored as a new
// device gets them from a sync (pulled batches), so the real app can then be measured on
// top. Driven by test/bench/case-screens.bench.ts.
import { formatHlc } from '../../../src/domain/hlc.ts';
import { uuidv7 } from '../../../src/domain/ids.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { closeStore, openStore } from '../../../src/store/store.ts';
import { addDaysIso, FIRST, KINDS, LAST, LEGAL, prng, WORDS } from './seed-data.ts';

const NODE = '00000000000000bf';



async function seed(cases: number, notesPerCase: number, today: string): Promise<{ records: number; ms: number }> {
  const opened = await openStore();
  if (!opened.ok) throw new Error(`store: ${opened.error.code}`);
  const store = opened.value;
  const random = prng(7);
  const bytes = () => Uint8Array.from({ length: 10 }, () => Math.floor(random() * 256));
  const baseMs = Date.now() - 400 * 86_400_000;
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
      languages: ['Arabic'],
      summary: sentence(12),
    };
    batch.push({ id: caseId, type: 'case', caseId, fields, clocks: Object.fromEntries(Object.keys(fields).map((f) => [f, caseClock])), deleted: null });
    for (let k = 0; k < notesPerCase; k += 1) {
      const clock = clockAt();
      const note: Record<string, unknown> = { body: sentence(25), kind: KINDS[k % KINDS.length] };
      if (random() < 0.2) note.followUpDate = addDaysIso(today, Math.floor(random() * 90) - 30);
      const id = uuidv7(baseMs + tick, bytes());
      batch.push({ id, type: 'note', caseId, fields: note, clocks: Object.fromEntries(Object.keys(note).map((f) => [f, clock])), deleted: null });
    }
    if (batch.length >= 1000 || c === cases - 1) {
      total += batch.length;
      const applied = await applyPulled(store, { records: batch, removed: [], cursor: String(total) });
      if (!applied.ok) throw new Error(`applyPulled: ${applied.error.code}`);
      batch = [];
    }
  }
  closeStore(store);
  return { records: total, ms: performance.now() - t0 };
}

const api = { seed };
export type CaseSeedApi = typeof api;
(window as unknown as { caseSeed: CaseSeedApi }).caseSeed = api;
document.body.dataset.ready = 'true';
