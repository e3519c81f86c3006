// A checklist's open items' due dates count toward its case's next deadline in the case
// list (index-props.ts, undated-checklists.ts): through local writes, pulls (also of a
// checklist before its template version), and the upgrade of a database written before.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { formatHlc, initialHlcState } from '../../../src/domain/hlc.ts';
import { caseDeadlineMeanings } from '../../../src/domain/checklist-due.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import type { TemplateDefinition } from '../../../src/domain/template-definition.ts';
import type { CatalogEntry } from '../../../src/domain/template.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';
import { plainJsonCodec } from '../../../src/store/codec.ts';
import { caseSummary, schemaV1, schemaV2, SCHEMA_VERSION } from '../../../src/store/db.ts';
import { deriveIndexProps, loadChecklistDating } from '../../../src/store/index-props.ts';
import { caseList, type CaseListPage } from '../../../src/store/queries/case-list.ts';
import { deadlinesOverview, overdueSinceByCase } from '../../../src/store/queries/deadlines.ts';
import { createCase, deleteCase, setCaseStatus } from '../../../src/store/repo/cases.ts';
import { addChecklist, chooseVariant, deleteChecklist, setItemDone, setKeyDate } from '../../../src/store/repo/checklists.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { saveTemplateVersion } from '../../../src/store/repo/templates.ts';
import { loadDemoData } from '../../../src/store/demo.ts';
import { openAppStore } from '../../../src/store/app-store.ts';
import { closeStore, type Store } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { acknowledge, pendingMutations } from '../../../src/store/sync-state.ts';
import { undatedChecklistIds } from '../../../src/store/undated-checklists.ts';
import { createRecord } from '../../../src/store/write.ts';
import { clockAt, freshName, freshStore, id, ok, prng, pulled, START_MS, testEnv } from './helpers.ts';

const TODAY = '2026-11-21'; // a Saturday
const courtAction = builtInTemplates.find((template) => template.id === 'decision-court-action') as TemplateDefinition;
const builtIn = (template: TemplateDefinition): CatalogEntry => ({ template, origin: { kind: 'builtIn' } });
const names = (page: CaseListPage) => page.items.map((item) => item.fields.displayName);


/** A coordinator's version 2 of the court action template: the regular period shortened to 8 days (a fixture, not the law). */
function courtActionVersion2(): TemplateDefinition {
  const copy = structuredClone(courtAction) as TemplateDefinition;
  copy.version = 2;
  const item = copy.items.find((candidate) => candidate.key === 'court_action_regular');
  if (!item?.deadline) throw new Error('fixture');
  item.deadline.rule = { kind: 'legalDaysAfter', days: 8 };
  return copy;
}

/** Every checklist's `due` and every case's `dues` as a recount from the decoded records gives them. */
async function expectDuesMatchRecount(store: Store): Promise<void> {
  const dating = (await loadChecklistDating(store)) ?? undefined;
  const rows = await store.db.records.toArray();
  const recounted = new Map<string, string[] | undefined>();
  for (const row of rows) {
    if (row.isDeleted || row.type === 'case') continue;
    const fields = (await store.codec.decode(row.fields)) as Record<string, unknown>;
    recounted.set(row.id, deriveIndexProps(row.type, fields, dating).due);
    expect(row.due ?? [], `due of ${row.type} ${row.id}`).toEqual(recounted.get(row.id) ?? []);
  }
  for (const indexRow of await store.db.caseIndex.toArray()) {
    const caseRow = rows.find((row) => row.id === indexRow.id)!;
    expect(indexRow.dues, `dues of case ${indexRow.id}`).toEqual(caseSummary(caseRow, rows.filter((row) => row.caseId === indexRow.id)).dues);
  }
}

/** Three open cases: Ana follows up on 26 Nov, Omar on 10 Dec, Lea on 15 Dec. */
async function threeCases() {
  const store = await freshStore();
  const ana = ok(await createCase(store, { displayName: 'Demo: Ana Primer' })).id;
  const omar = ok(await createCase(store, { displayName: 'Demo: Omar Example' })).id;
  const lea = ok(await createCase(store, { displayName: 'Demo: Lea Vzorec' })).id;
  ok(await addNote(store, ana, { body: 'Demo: call back', followUpDate: '2026-11-26' }));
  ok(await addNote(store, omar, { body: 'Demo: call back', followUpDate: '2026-12-10' }));
  ok(await addNote(store, lea, { body: 'Demo: call back', followUpDate: '2026-12-15' }));
  return { store, ana, omar, lea };
}

describe('checklist due dates in the case list', () => {
  it('sorts first the case whose appeal deadline is the soonest; ticking the item moves it back', async () => {
    const { store, lea } = await threeCases();
    const checklist = ok(await addChecklist(store, lea, builtIn(courtAction), { variant: 'regular' })).id;
    // No service date yet: nothing is due on the checklist.
    expect(names(await caseList(store, { sort: 'deadline', today: TODAY }))).toEqual(['Demo: Ana Primer', 'Demo: Omar Example', 'Demo: Lea Vzorec']);

    // Served Mon 9 Nov: the 15 days to bring a court action (ZMZ-1 Art. 70) end Tue 24 Nov, in 3 days.
    ok(await setKeyDate(store, checklist, 'decisionServedOn', '2026-11-09'));
    const withDeadline = await caseList(store, { sort: 'deadline', today: TODAY });
    expect(names(withDeadline)).toEqual(['Demo: Lea Vzorec', 'Demo: Ana Primer', 'Demo: Omar Example']);
    expect(withDeadline.items[0]?.nextDue).toBe('2026-11-24');
    await expectDuesMatchRecount(store);

    // The action is filed: the date no longer counts, and Lea's next date is her follow-up.
    ok(await setItemDone(store, checklist, 'court_action_regular', true, { by: 'Demo Counselor', on: TODAY }));
    const ticked = await caseList(store, { sort: 'deadline', today: TODAY });
    expect(names(ticked)).toEqual(['Demo: Ana Primer', 'Demo: Omar Example', 'Demo: Lea Vzorec']);
    expect(ticked.items[2]?.nextDue).toBe('2026-12-15');
    expect((await store.db.caseIndex.get(lea))?.dues).toEqual(['2026-12-15']);
    await expectDuesMatchRecount(store);

    // Unticked by mistake: first again.
    ok(await setItemDone(store, checklist, 'court_action_regular', false, { by: 'Demo Counselor', on: TODAY }));
    expect(names(await caseList(store, { sort: 'deadline', today: TODAY }))[0]).toBe('Demo: Lea Vzorec');
    await expectDuesMatchRecount(store);
  });

  it('puts a case with an overdue deadline first, flagged since when, as the Deadlines screen counts it', async () => {
    const { store, ana, omar } = await threeCases();
    // Served Mon 26 Oct: the 15 days to bring a court action ended Tue 10 Nov, and it is not ticked.
    const late = ok(await addChecklist(store, omar, builtIn(courtAction), { variant: 'regular' })).id;
    ok(await setKeyDate(store, late, 'decisionServedOn', '2026-10-26'));
    const overdueSince = overdueSinceByCase(await deadlinesOverview(store, TODAY));
    expect([...overdueSince]).toEqual([[omar, '2026-11-10']]);

    const page = await caseList(store, { sort: 'deadline', today: TODAY, overdueSince });
    expect(names(page)).toEqual(['Demo: Omar Example', 'Demo: Ana Primer', 'Demo: Lea Vzorec']);
    expect(page.items.map((item) => item.overdueSince)).toEqual(['2026-11-10', null, null]);
    // Sorted by activity, the flag stays and the order is by activity alone.
    const byActivity = await caseList(store, { sort: 'activity', today: TODAY, overdueSince });
    expect(byActivity.items.find((item) => item.id === omar)?.overdueSince).toBe('2026-11-10');
    expect(byActivity.items.map((item) => item.id)).toEqual((await caseList(store, { sort: 'activity', today: TODAY })).items.map((item) => item.id));

    // Two overdue cases: the one overdue longer comes first.
    const older = ok(await addChecklist(store, ana, builtIn(courtAction), { variant: 'regular' })).id;
    ok(await setKeyDate(store, older, 'decisionServedOn', '2026-10-19'));
    const both = overdueSinceByCase(await deadlinesOverview(store, TODAY));
    expect(names(await caseList(store, { sort: 'deadline', today: TODAY, overdueSince: both }))).toEqual([
      'Demo: Ana Primer',
      'Demo: Omar Example',
      'Demo: Lea Vzorec',
    ]);

    // Ticked: no longer overdue.
    ok(await setItemDone(store, late, 'court_action_regular', true, { by: 'Demo Counselor', on: TODAY }));
    expect([...overdueSinceByCase(await deadlinesOverview(store, TODAY))]).toEqual([[ana, '2026-11-03']]);
  });

  it('follows the chosen variant, and drops the dates of a deleted checklist', async () => {
    const { store, lea } = await threeCases();
    const checklist = ok(await addChecklist(store, lea, builtIn(courtAction))).id;
    ok(await setKeyDate(store, checklist, 'decisionServedOn', '2026-11-18'));
    // No variant chosen: every period shows (3 days: Sat 21 Nov moves to Mon 23; 8 days; 15 days).
    expect((await store.db.caseIndex.get(lea))?.dues).toEqual(['2026-11-23', '2026-11-26', '2026-12-03', '2026-12-15']);
    ok(await chooseVariant(store, checklist, 'regular'));
    expect((await store.db.caseIndex.get(lea))?.dues).toEqual(['2026-12-03', '2026-12-15']);
    await expectDuesMatchRecount(store);
    ok(await deleteChecklist(store, checklist));
    expect((await store.db.caseIndex.get(lea))?.dues).toEqual(['2026-12-15']);
    await expectDuesMatchRecount(store);
  });

  it('keeps a closed case out of the open list as before, and its dates with it', async () => {
    const { store, lea } = await threeCases();
    const checklist = ok(await addChecklist(store, lea, builtIn(courtAction), { variant: 'regular' })).id;
    ok(await setKeyDate(store, checklist, 'decisionServedOn', '2026-11-09'));
    ok(await setCaseStatus(store, lea, 'closed'));
    expect(names(await caseList(store, { sort: 'deadline', today: TODAY }))).toEqual(['Demo: Ana Primer', 'Demo: Omar Example']);
    const all = await caseList(store, { sort: 'deadline', today: TODAY, status: 'all' });
    expect(all.items.map((item) => [item.fields.displayName, item.status, item.nextDue])[0]).toEqual(['Demo: Lea Vzorec', 'closed', '2026-11-24']);
    ok(await deleteCase(store, lea));
    expect(await store.db.caseIndex.get(lea)).toBeUndefined();
    expect(await store.db.records.where('due').equals('2026-11-24').count()).toBe(0);
  });

  it('never shows a later next date than a deadline the Deadlines screen lists for a case (demo data)', async () => {
    const store = await freshStore();
    ok(await loadDemoData(store, { today: TODAY }));
    const overview = await deadlinesOverview(store, TODAY);
    const list = await caseList(store, { sort: 'deadline', today: TODAY, limit: 1000 });
    const checklistDates = overview.upcoming.filter((entry) => entry.kind === 'checklist' && caseDeadlineMeanings.includes(entry.due.meaning));
    expect(checklistDates.length).toBeGreaterThan(0);
    for (const entry of checklistDates) {
      const item = list.items.find((candidate) => candidate.id === entry.caseId);
      expect(item?.nextDue, entry.key).not.toBeNull();
      expect(item!.nextDue! <= entry.date, entry.key).toBe(true);
      expect((await store.db.caseIndex.get(entry.caseId))?.dues).toContain(entry.date);
    }
    await expectDuesMatchRecount(store);
  });
});

describe('checklists whose template version is not on the device yet', () => {
  const TEMPLATE = id(900);
  const templateRecord = (minutes: number) =>
    pulled(TEMPLATE, 'template', undefined, { templateId: courtAction.id, version: 2, basedOnVersion: 1, definition: courtActionVersion2() }, clockAt(minutes));
  // Served Mon 16 Nov: version 2's 8 days end Tue 24 Nov (the built-in 15 days would end Tue 1 Dec).
  const checklistOn2 = (recordId: string, caseId: string, minutes: number) =>
    pulled(
      recordId,
      'checklist',
      caseId,
      { templateId: courtAction.id, templateVersion: 2, templateRecordId: TEMPLATE, variant: 'regular', 'date.decisionServedOn': '2026-11-16' },
      clockAt(minutes),
    );

  it('dates a checklist pulled before its template once the template arrives', async () => {
    const store = await freshStore();
    const [caseId, other, checklist] = [id(1), id(2), id(3)];
    ok(
      await applyPulled(store, {
        records: [
          pulled(caseId, 'case', caseId, { displayName: 'Demo: Lea Vzorec' }, clockAt(1)),
          pulled(other, 'case', other, { displayName: 'Demo: Omar Example' }, clockAt(2)),
          pulled(id(4), 'note', other, { body: 'Demo', followUpDate: '2026-11-30' }, clockAt(2)),
          checklistOn2(checklist, caseId, 3),
        ],
        removed: [],
        cursor: 'c1',
      }),
    );
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual([]);
    expect(await undatedChecklistIds(store)).toEqual([checklist]);
    expect(names(await caseList(store, { sort: 'deadline', today: TODAY }))).toEqual(['Demo: Omar Example', 'Demo: Lea Vzorec']);

    ok(await applyPulled(store, { records: [templateRecord(4)], removed: [], cursor: 'c2' }));
    expect((await store.db.records.get(checklist))?.due).toEqual(['2026-11-24']);
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual(['2026-11-24']);
    expect(await undatedChecklistIds(store)).toEqual([]);
    const list = await caseList(store, { sort: 'deadline', today: TODAY });
    expect(list.items.map((item) => [item.fields.displayName, item.nextDue])).toEqual([
      ['Demo: Lea Vzorec', '2026-11-24'],
      ['Demo: Omar Example', '2026-11-30'],
    ]);
    // Dating is not activity: the case's last activity is still the checklist's own change.
    expect((await store.db.caseIndex.get(caseId))?.activityAt).toBe(START_MS + 3 * 60_000);
    await expectDuesMatchRecount(store);
  });

  it('dates a checklist whose template comes later in the same page', async () => {
    const store = await freshStore();
    const [caseId, checklist] = [id(1), id(2)];
    ok(
      await applyPulled(store, {
        records: [pulled(caseId, 'case', caseId, { displayName: 'Demo: Lea Vzorec' }, clockAt(1)), checklistOn2(checklist, caseId, 2), templateRecord(3)],
        removed: [],
        cursor: 'c1',
      }),
    );
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual(['2026-11-24']);
    expect(await undatedChecklistIds(store)).toEqual([]);
    await expectDuesMatchRecount(store);
  });

  it('dates a checklist that came before both its case and its template', async () => {
    const store = await freshStore();
    const [caseId, checklist] = [id(1), id(2)];
    ok(await applyPulled(store, { records: [checklistOn2(checklist, caseId, 2)], removed: [], cursor: 'c1' }));
    ok(await applyPulled(store, { records: [templateRecord(3)], removed: [], cursor: 'c2' }));
    expect((await store.db.records.get(checklist))?.due).toEqual(['2026-11-24']);
    expect(await store.db.caseIndex.get(caseId)).toBeUndefined();
    ok(await applyPulled(store, { records: [pulled(caseId, 'case', caseId, { displayName: 'Demo: Lea Vzorec' }, clockAt(1))], removed: [], cursor: 'c3' }));
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual(['2026-11-24']);
    await expectDuesMatchRecount(store);
  });

  it('drops the dates of a checklist deleted elsewhere, and forgets a deleted one that still waited', async () => {
    const store = await freshStore();
    const [caseId, dated, waiting] = [id(1), id(2), id(3)];
    ok(
      await applyPulled(store, {
        records: [
          pulled(caseId, 'case', caseId, { displayName: 'Demo: Lea Vzorec' }, clockAt(1)),
          pulled(dated, 'checklist', caseId, { templateId: courtAction.id, templateVersion: 1, variant: 'regular', 'date.decisionServedOn': '2026-11-09' }, clockAt(2)),
          pulled(waiting, 'checklist', caseId, { templateId: courtAction.id, templateVersion: 7, 'date.decisionServedOn': '2026-11-09' }, clockAt(2)),
        ],
        removed: [],
        cursor: 'c1',
      }),
    );
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual(['2026-11-24']);
    expect(await undatedChecklistIds(store)).toEqual([waiting]);
    const deleted = (recordId: string): SyncRecord => ({ id: recordId, type: 'checklist', caseId, fields: {}, clocks: {}, deleted: clockAt(5) });
    ok(await applyPulled(store, { records: [deleted(dated), deleted(waiting)], removed: [], cursor: 'c2' }));
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual([]);
    expect(await undatedChecklistIds(store)).toEqual([]);
    await expectDuesMatchRecount(store);
  });

  it('dates a checklist written here on a missing version once a coordinator saves that version', async () => {
    const store = await freshStore();
    const caseId = ok(await createCase(store, { displayName: 'Demo: Lea Vzorec' })).id;
    const checklist = ok(
      await createRecord(store, 'checklist', caseId, { templateId: courtAction.id, templateVersion: 2, variant: 'regular', 'date.decisionServedOn': '2026-11-16' }),
    ).id;
    expect(await undatedChecklistIds(store)).toEqual([checklist]);
    // An edit while it still waits keeps it listed.
    ok(await setKeyDate(store, checklist, 'decisionServedOn', '2026-11-13'));
    expect(await undatedChecklistIds(store)).toEqual([checklist]);
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual([]);

    expect((await saveTemplateVersion(store, courtActionVersion2(), 1)).ok).toBe(true);
    // Served Fri 13 Nov: 8 days end Sat 21 Nov, moved to Mon 23 Nov (ZUP Art. 101(2)).
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual(['2026-11-23']);
    expect(await undatedChecklistIds(store)).toEqual([]);
    await expectDuesMatchRecount(store);
  });

  it('dates listed checklists when the store opens (a template that came with a newer app, or a run cut short)', async () => {
    const store = await freshStore();
    const caseId = ok(await createCase(store, { displayName: 'Demo: Lea Vzorec' })).id;
    const checklist = ok(await addChecklist(store, caseId, builtIn(courtAction), { variant: 'regular' })).id;
    ok(await setKeyDate(store, checklist, 'decisionServedOn', '2026-11-09'));
    // As if the dates were never worked out: no due, listed.
    const row = (await store.db.records.get(checklist))!;
    await store.db.records.put({ ...row, due: [] });
    await store.db.caseIndex.put({ ...(await store.db.caseIndex.get(caseId))!, dues: [] });
    await store.db.meta.put({ key: 'undatedChecklists', ids: [checklist] });
    closeStore(store);

    const reopened = ok(await openAppStore({ name: store.name, env: store.env }));
    expect((await reopened.db.caseIndex.get(caseId))?.dues).toEqual(['2026-11-24']);
    expect(await undatedChecklistIds(reopened)).toEqual([]);
    expect((await reopened.db.records.get(checklist))!.changeNo).toBeGreaterThan(row.changeNo);
    closeStore(reopened);
  });
});

describe('case list rows with checklists, against a recount', () => {
  it('stay exact whatever mix of ticks, key dates, variants, pulled edits and deletions', async () => {
    const itemKeys = courtAction.items.map((item) => item.key);
    const served = [null, '2026-11-09', '2026-11-16', '2026-11-18'];
    for (let seed = 1; seed <= 4; seed += 1) {
      const random = prng(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      const store = await freshStore();
      const cases = [ok(await createCase(store, { displayName: 'Demo: one' })).id, ok(await createCase(store, { displayName: 'Demo: two' })).id];
      const checklists: { id: string; caseId: string }[] = [];
      let minute = 10;
      for (let step = 0; step < 20; step += 1) {
        const roll = random();
        minute += 1;
        if (roll < 0.2 || checklists.length === 0) {
          const caseId = pick(cases);
          checklists.push({ id: ok(await addChecklist(store, caseId, builtIn(courtAction), { variant: pick([null, 'regular', 'accelerated']) })).id, caseId });
        } else if (roll < 0.45) {
          await setKeyDate(store, pick(checklists).id, 'decisionServedOn', pick(served));
        } else if (roll < 0.7) {
          await setItemDone(store, pick(checklists).id, pick(itemKeys), random() < 0.6, { by: 'Demo', on: TODAY });
        } else if (roll < 0.8) {
          await chooseVariant(store, pick(checklists).id, pick([null, 'regular', 'inadmissible']));
        } else if (roll < 0.93) {
          // Someone else's edit of the same checklist, pulled.
          const target = pick(checklists);
          const fields = { [`item.${pick(itemKeys)}.done`]: random() < 0.5, 'date.decisionServedOn': pick(served.slice(1)) };
          ok(await applyPulled(store, { records: [pulled(target.id, 'checklist', target.caseId, fields, clockAt(minute))], removed: [], cursor: `c${step}` }));
        } else {
          await deleteChecklist(store, pick(checklists).id);
        }
        if (random() < 0.3) ok(await acknowledge(store, Number.MAX_SAFE_INTEGER));
        await expectDuesMatchRecount(store);
      }
    }
  });
});

describe('schema upgrade to version 3', () => {
  const NODE = '0000000000000a01';
  const clock = (minutes: number) => formatHlc({ wallMs: START_MS + minutes * 60_000, counter: 0, node: NODE });
  const CASE = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e01';
  const OTHER_CASE = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e02';
  const NOTE = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e03';
  const CHECKLIST = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e04';
  const CUSTOM_CHECKLIST = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e05';
  const DELETED_CHECKLIST = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e06';
  const TEMPLATE = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e07';
  /** A database exactly as schema version 2 stored it: checklists without due dates. */
  async function writeVersion2Database(name: string): Promise<void> {
    const v2 = new Dexie(name);
    v2.version(1).stores(schemaV1);
    v2.version(2).stores(schemaV2);
    await v2.open();
    const row = (recordId: string, type: string, caseId: string | undefined, fields: Record<string, unknown>, minutes: number, changeNo: number) => ({
      id: recordId,
      type,
      ...(caseId !== undefined ? { caseId } : {}),
      fields: JSON.stringify(fields),
      clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, clock(minutes)])),
      deleted: null,
      isDeleted: 0,
      updatedAt: START_MS + minutes * 60_000,
      changeNo,
    });
    await v2.table('records').bulkAdd([
      row(CASE, 'case', CASE, { displayName: 'Demo: Lea Vzorec' }, 1, 1),
      row(OTHER_CASE, 'case', OTHER_CASE, { displayName: 'Demo: Omar Example' }, 1, 2),
      { ...row(NOTE, 'note', OTHER_CASE, { body: 'Demo: call back', followUpDate: '2026-11-26' }, 2, 3), due: ['2026-11-26'] },
      row(CHECKLIST, 'checklist', CASE, { templateId: courtAction.id, templateVersion: 1, variant: 'regular', 'date.decisionServedOn': '2026-11-09' }, 3, 4),
      row(TEMPLATE, 'template', undefined, { templateId: courtAction.id, version: 2, basedOnVersion: 1, definition: courtActionVersion2() }, 4, 5),
      row(
        CUSTOM_CHECKLIST,
        'checklist',
        OTHER_CASE,
        { templateId: courtAction.id, templateVersion: 2, templateRecordId: TEMPLATE, variant: 'regular', 'date.decisionServedOn': '2026-11-16' },
        5,
        6,
      ),
      { id: DELETED_CHECKLIST, type: 'checklist', caseId: CASE, fields: await plainJsonCodec.encode({}), clocks: {}, deleted: clock(6), isDeleted: 1, updatedAt: START_MS + 6 * 60_000, changeNo: 7 },
    ]);
    await v2.table('caseIndex').bulkAdd([
      { id: CASE, status: 'open', tagKeys: [], assignees: [], dues: [], activityAt: START_MS + 6 * 60_000 },
      { id: OTHER_CASE, status: 'open', tagKeys: [], assignees: [], dues: ['2026-11-26'], activityAt: START_MS + 5 * 60_000 },
    ]);
    await v2.table('outbox').add({ n: 3, record: CHECKLIST, type: 'checklist', caseId: CASE, set: await plainJsonCodec.encode({ variant: 'regular' }), clock: clock(3), base: { variant: null }, createdAt: START_MS });
    await v2.table('meta').bulkAdd([
      { key: 'device', node: NODE, hlc: { ...initialHlcState(NODE), wallMs: START_MS + 6 * 60_000 }, nextMutation: 4, nextChange: 8, createdAt: START_MS },
      { key: 'sync', cursor: 'c-9' },
      { key: 'caseless', caseIds: [] },
    ]);
    await v2.table('drafts').add({ key: `note:new:${CASE}`, caseId: CASE, body: await plainJsonCodec.encode({ body: 'half typed' }), savedAt: START_MS });
    v2.close();
  }

  it(`opens a version 2 database with version ${SCHEMA_VERSION}: checklists get their due dates, nothing is lost`, async () => {
    const name = freshName('v2');
    await writeVersion2Database(name);
    const before = new Dexie(name);
    before.version(2).stores(schemaV2);
    await before.open();
    const rowsBefore = await before.table('records').toArray();
    before.close();

    const store = ok(await openAppStore({ name, env: testEnv(START_MS + 3_600_000) }));
    expect(store.db.verno).toBe(SCHEMA_VERSION);
    // Every record kept, with the same fields and clocks; only the checklists' dates are new.
    const rows = await store.db.records.toArray();
    expect(rows.map((row) => row.id).toSorted()).toEqual(rowsBefore.map((row) => row.id as string).toSorted());
    for (const old of rowsBefore) {
      const now = rows.find((row) => row.id === old.id)!;
      expect({ ...now, due: undefined, changeNo: undefined }).toEqual({ ...old, due: undefined, changeNo: undefined });
    }
    expect((await store.db.records.get(CHECKLIST))?.due).toEqual(['2026-11-24']); // built-in: 15 days
    expect((await store.db.records.get(CUSTOM_CHECKLIST))?.due).toEqual(['2026-11-24']); // the stored version 2: 8 days
    expect(await undatedChecklistIds(store)).toEqual([]);
    expect(await store.db.caseIndex.toArray()).toEqual([
      { id: CASE, status: 'open', tagKeys: [], assignees: [], dues: ['2026-11-24'], activityAt: START_MS + 6 * 60_000 },
      { id: OTHER_CASE, status: 'open', tagKeys: [], assignees: [], dues: ['2026-11-24', '2026-11-26'], activityAt: START_MS + 5 * 60_000 },
    ]);
    // Outbox, cursor, drafts kept; change numbers go on past the dated checklists'.
    expect(ok(await pendingMutations(store)).map((m) => m.n)).toEqual([3]);
    expect(await store.db.meta.get('sync')).toEqual({ key: 'sync', cursor: 'c-9' });
    expect(await store.db.drafts.count()).toBe(1);
    expect((await store.db.records.get(CHECKLIST))!.changeNo).toBeGreaterThanOrEqual(8);
    const list = await caseList(store, { sort: 'deadline', today: TODAY });
    expect(list.items.map((item) => [item.fields.displayName, item.nextDue])).toEqual([
      ['Demo: Lea Vzorec', '2026-11-24'],
      ['Demo: Omar Example', '2026-11-24'],
    ]);
    const next = ok(await addNote(store, CASE, { body: 'Demo: after the upgrade' }));
    expect(next.n).toBe(4);
    expect((await store.db.records.get(next.id))!.changeNo).toBe(10);
    await expectDuesMatchRecount(store);
    closeStore(store);
  });
});
