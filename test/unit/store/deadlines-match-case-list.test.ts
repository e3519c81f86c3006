// The Deadlines list and the case list count the same things as due: for a randomised set
// of cases (note follow-ups, viewings and their follow-ups, court-action checklists, open
// and closed), every open case whose next date on the case list falls in the Deadlines
// window has a line on Deadlines on that date, and every line is on a case the list shows.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/deadlines.ts';
import type { TemplateDefinition } from '../../../src/domain/template-definition.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';
import { caseList } from '../../../src/store/queries/case-list.ts';
import { deadlinesOverview } from '../../../src/store/queries/deadlines.ts';
import { createCase, setCaseStatus } from '../../../src/store/repo/cases.ts';
import { addChecklist, setKeyDate } from '../../../src/store/repo/checklists.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { planViewing } from '../../../src/store/repo/viewings.ts';
import { freshStore, ok } from './helpers.ts';

const TODAY = '2026-12-07';
const courtAction = builtInTemplates.find((template) => template.id === 'decision-court-action') as TemplateDefinition;

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('Deadlines against the case list', () => {
  it.each([1, 2, 3])('has a line for every case’s next date (seed %i)', async (seed) => {
    const next = random(seed);
    const pick = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
    const store = await freshStore();
    for (let n = 0; n < 24; n += 1) {
      const caseId = ok(await createCase(store, { displayName: `Demo: Case ${n}` })).id;
      const things = pick(0, 3);
      for (let i = 0; i < things; i += 1) {
        const kind = pick(0, 3);
        if (kind === 0) ok(await addNote(store, caseId, { body: 'Call back', followUpDate: addDays(TODAY, pick(-5, 20)) }));
        if (kind === 1) ok(await planViewing(store, caseId, { date: addDays(TODAY, pick(-5, 20)), startTime: '10:00' }));
        if (kind === 2) {
          const viewing = { date: addDays(TODAY, pick(-10, 0)), followUpDate: addDays(TODAY, pick(-3, 20)), outcome: next() < 0.5 ? 'waiting' : 'accepted' } as const;
          ok(await planViewing(store, caseId, viewing));
        }
        if (kind === 3) {
          const checklistId = ok(await addChecklist(store, caseId, { template: courtAction, origin: { kind: 'builtIn' } }, { variant: 'regular' })).id;
          ok(await setKeyDate(store, checklistId, 'decisionServedOn', addDays(TODAY, pick(-25, 5))));
        }
      }
      if (next() < 0.15) ok(await setCaseStatus(store, caseId, 'closed'));
    }

    const overview = await deadlinesOverview(store, TODAY);
    const lines = [...overview.overdue, ...overview.upcoming];
    const cases = (await caseList(store, { sort: 'deadline', today: TODAY, limit: 1000 })).items;
    const windowEnd = addDays(TODAY, overview.windowDays);
    let checked = 0;
    for (const item of cases) {
      if (item.nextDue === null || item.nextDue > windowEnd) continue;
      checked += 1;
      const line = lines.find((entry) => entry.caseId === item.id && entry.date === item.nextDue);
      expect(line, `${item.fields.displayName}: next date ${item.nextDue}`).toBeDefined();
    }
    expect(checked).toBeGreaterThan(5);
    const openCases = new Set(cases.map((item) => item.id));
    for (const entry of lines) expect(openCases, entry.key).toContain(entry.caseId);
  });
});
