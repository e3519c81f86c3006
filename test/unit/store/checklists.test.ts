// Checklist and template writes and reads on a fake IndexedDB: each tick and each date is
// one small write of its own fields, the Deadlines list across cases, and coordinators'
// template versions with the upgrade of a checklist.
import { describe, expect, it } from 'vitest';
import { addLegalDays, computeDeadline } from '../../../src/domain/deadlines.ts';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../src/domain/template-definition.ts';
import { latestTemplates, type CatalogEntry } from '../../../src/domain/template.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';
import { checklistById, checklistsOfCase, templateCatalogOnDevice } from '../../../src/store/queries/checklists.ts';
import { deadlineCount, deadlinesOverview } from '../../../src/store/queries/deadlines.ts';
import { createCase, setCaseStatus } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import {
  addChecklist,
  chooseVariant,
  deleteChecklist,
  setItemDone,
  setItemNote,
  setKeyDate,
  upgradeChecklist,
} from '../../../src/store/repo/checklists.ts';
import { saveTemplateVersion, templateEditing } from '../../../src/store/repo/templates.ts';
import { createRecord } from '../../../src/store/write.ts';
import type { Store } from '../../../src/store/store.ts';
import { freshStore, ok, putSession } from './helpers.ts';

const courtAction = builtInTemplates.find((template) => template.id === 'decision-court-action') as TemplateDefinition;
const builtIn = (template: TemplateDefinition): CatalogEntry => ({ template, origin: { kind: 'builtIn' } });

async function storeWithChecklist(options: { variant?: string } = {}) {
  const store = await freshStore();
  const caseId = ok(await createCase(store, { displayName: 'Demo: Ana Primer' })).id;
  const checklistId = ok(await addChecklist(store, caseId, builtIn(courtAction), options)).id;
  return { store, caseId, checklistId };
}

async function lastMutation(store: Store) {
  const row = await store.db.outbox.orderBy('n').last();
  if (!row) throw new Error('no mutation');
  return { ...row, set: row.set === undefined ? undefined : ((await store.codec.decode(row.set)) as Record<string, unknown>) };
}

describe('checklist writes', () => {
  it('adds a checklist pinned to the exact template version, with the chosen variant', async () => {
    const { store, caseId, checklistId } = await storeWithChecklist({ variant: 'regular' });
    const [item] = await checklistsOfCase(store, caseId);
    expect(item?.id).toBe(checklistId);
    expect(item?.view).toMatchObject({ templateId: 'decision-court-action', templateVersion: 1, variant: 'regular', templateRecordId: null });
    expect(item?.template?.template).toBe(courtAction);
    expect(item?.newerTemplate).toBeNull();
    expect((await lastMutation(store)).set).toEqual({ templateId: 'decision-court-action', templateVersion: 1, variant: 'regular' });
  });

  it('writes a key date as one field, and clears it with null', async () => {
    const { store, checklistId } = await storeWithChecklist();
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', '2026-04-17'));
    expect((await lastMutation(store)).set).toEqual({ 'date.decisionServedOn': '2026-04-17' });
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', null));
    const cleared = await lastMutation(store);
    expect(cleared.set).toEqual({ 'date.decisionServedOn': null });
    expect(cleared.base?.['date.decisionServedOn']).not.toBeNull();
  });

  it('ticks one item as its own fields (done, by, on) and unticks it by clearing them', async () => {
    const { store, caseId, checklistId } = await storeWithChecklist();
    ok(await setItemDone(store, checklistId, 'legal_help_contacted', true, { by: ' Demo Counselor ', on: '2026-04-18' }));
    expect((await lastMutation(store)).set).toEqual({
      'item.legal_help_contacted.done': true,
      'item.legal_help_contacted.doneBy': 'Demo Counselor',
      'item.legal_help_contacted.doneOn': '2026-04-18',
    });
    ok(await setItemDone(store, checklistId, 'legal_help_contacted', false, { by: 'Demo Counselor', on: '2026-04-19' }));
    expect((await lastMutation(store)).set).toEqual({
      'item.legal_help_contacted.done': false,
      'item.legal_help_contacted.doneBy': null,
      'item.legal_help_contacted.doneOn': null,
    });
    const [item] = await checklistsOfCase(store, caseId);
    expect(item?.fields['item.legal_help_contacted.done']).toBe(false);
  });

  it('ticks without a name when nobody is known on this device', async () => {
    const { store, checklistId } = await storeWithChecklist();
    ok(await setItemDone(store, checklistId, 'service_date_recorded', true, { by: null, on: '2026-04-18' }));
    // No name: the doneBy field stays empty (a write of null to an empty field is no change).
    expect((await lastMutation(store)).set).toEqual({ 'item.service_date_recorded.done': true, 'item.service_date_recorded.doneOn': '2026-04-18' });
  });

  it('keeps a note as the item note field; an empty note clears it', async () => {
    const { store, checklistId } = await storeWithChecklist();
    ok(await setItemNote(store, checklistId, 'legal_help_contacted', 'PIC called back'));
    expect((await lastMutation(store)).set).toEqual({ 'item.legal_help_contacted.note': 'PIC called back' });
    ok(await setItemNote(store, checklistId, 'legal_help_contacted', '   '));
    expect((await lastMutation(store)).set).toEqual({ 'item.legal_help_contacted.note': null });
  });

  it('two people ticking different items touch disjoint fields', async () => {
    const { store, checklistId } = await storeWithChecklist();
    ok(await setItemDone(store, checklistId, 'service_date_recorded', true, { by: 'Demo A', on: '2026-04-18' }));
    const first = Object.keys((await lastMutation(store)).set ?? {});
    ok(await setItemDone(store, checklistId, 'legal_help_contacted', true, { by: 'Demo B', on: '2026-04-18' }));
    const second = Object.keys((await lastMutation(store)).set ?? {});
    expect(first.filter((field) => second.includes(field))).toEqual([]);
  });

  it('refuses an item key that cannot be a field, and writes nothing', async () => {
    const { store, checklistId } = await storeWithChecklist();
    const before = await store.db.outbox.count();
    const result = await setItemDone(store, checklistId, 'Not A Key', true, { by: null, on: '2026-04-18' });
    expect(result.ok).toBe(false);
    expect(await store.db.outbox.count()).toBe(before);
  });

  it('reads one checklist only under its own case', async () => {
    const { store, caseId, checklistId } = await storeWithChecklist();
    const other = ok(await createCase(store, { displayName: 'Demo: Omar Example' })).id;
    expect((await checklistById(store, caseId, checklistId))?.caseName).toBe('Demo: Ana Primer');
    expect(await checklistById(store, other, checklistId)).toBeNull();
    ok(await deleteChecklist(store, checklistId));
    expect(await checklistById(store, caseId, checklistId)).toBeNull();
    expect(await checklistsOfCase(store, caseId)).toEqual([]);
  });
});

describe('deadlinesOverview', () => {
  it('lists the 15-day court action moved off Saturday 2 May 2026 (a holiday) to Monday 4 May', async () => {
    const { store, checklistId } = await storeWithChecklist({ variant: 'regular' });
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', '2026-04-17'));
    const expected = addLegalDays('2026-04-17', 15);
    expect(expected).toBe('2026-05-04');
    const overview = await deadlinesOverview(store, '2026-04-28');
    expect(overview.overdue).toEqual([]);
    const [entry] = overview.upcoming;
    expect(entry).toMatchObject({ kind: 'checklist', checklistId, date: expected, daysLeft: 6, caseName: 'Demo: Ana Primer' });
    const deadline = computeDeadline({ from: '2026-04-17', rule: { kind: 'legalDaysAfter', days: 15 } });
    expect(entry?.kind === 'checklist' && entry.due.deadline.shift).toEqual(deadline.shift);
    expect(await deadlineCount(store, '2026-04-28')).toBe(1);
  });

  it('puts a passed, unticked deadline first as overdue, and drops it once ticked', async () => {
    const { store, checklistId } = await storeWithChecklist({ variant: 'accelerated' });
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', '2026-04-17'));
    ok(await setKeyDate(store, checklistId, 'obstacleEndedOn', '2026-05-04'));
    const overview = await deadlinesOverview(store, '2026-05-05');
    expect(overview.overdue.map((entry) => entry.kind === 'checklist' && entry.due.itemKey)).toEqual(['court_action_accelerated']);
    expect(overview.upcoming.map((entry) => entry.kind === 'checklist' && entry.due.itemKey)).toEqual(['missed_deadline_restoration']);
    ok(await setItemDone(store, checklistId, 'court_action_accelerated', true, { by: null, on: '2026-05-05' }));
    expect((await deadlinesOverview(store, '2026-05-05')).overdue).toEqual([]);
  });

  it('counts from the deemed service date when only the delivery notice is known', async () => {
    const { store, checklistId } = await storeWithChecklist({ variant: 'regular' });
    ok(await setKeyDate(store, checklistId, 'deliveryNoticeLeftOn', '2026-04-02'));
    // Deemed served 15 days later (ZUP Art. 87(4)), not moved: 17 April; then 15 days.
    const [entry] = (await deadlinesOverview(store, '2026-04-28')).upcoming;
    expect(entry?.date).toBe(addLegalDays('2026-04-17', 15));
  });

  it('leaves out closed cases, deleted checklists and what is beyond 14 days', async () => {
    const { store, caseId, checklistId } = await storeWithChecklist({ variant: 'regular' });
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', '2026-04-17'));
    expect((await deadlinesOverview(store, '2026-04-19')).upcoming).toEqual([]); // 15 days ahead
    expect((await deadlinesOverview(store, '2026-04-20')).upcoming).toHaveLength(1); // 14 days ahead
    ok(await setCaseStatus(store, caseId, 'closed'));
    expect(await deadlineCount(store, '2026-04-28')).toBe(0);
    ok(await setCaseStatus(store, caseId, 'open'));
    ok(await deleteChecklist(store, checklistId));
    expect(await deadlineCount(store, '2026-04-28')).toBe(0);
  });

  it('includes viewings and their follow-up dates in the window, after checklist deadlines of the same day', async () => {
    const { store, caseId, checklistId } = await storeWithChecklist({ variant: 'regular' });
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', '2026-04-17'));
    const viewingId = ok(await createRecord(store, 'viewing', caseId, { date: '2026-04-30', followUpDate: '2026-05-04' })).id;
    ok(await createRecord(store, 'viewing', caseId, { date: '2026-04-30', followUpDate: '2026-06-30' }));
    const overview = await deadlinesOverview(store, '2026-04-28');
    expect(overview.upcoming.map((entry) => entry.kind)).toEqual(['viewing', 'viewing', 'checklist', 'followUp']);
    expect(overview.upcoming[0]).toMatchObject({ date: '2026-04-30', daysLeft: 2 });
    expect(overview.upcoming[3]).toMatchObject({ viewingId, date: '2026-05-04', daysLeft: 6, caseName: 'Demo: Ana Primer' });
  });

  it('includes note follow-ups in the window, with the note’s first line', async () => {
    const store = await freshStore();
    const caseId = ok(await createCase(store, { displayName: 'Demo: Omar Example' })).id;
    const noteId = ok(await addNote(store, caseId, { body: 'Call Omar back about the school\nHe asked twice', followUpDate: '2026-04-29' })).id;
    ok(await addNote(store, caseId, { body: 'Much later', followUpDate: '2026-06-29' }));
    const overview = await deadlinesOverview(store, '2026-04-28');
    expect(overview.upcoming).toHaveLength(1);
    expect(overview.upcoming[0]).toMatchObject({ kind: 'note', noteId, date: '2026-04-29', daysLeft: 1, summary: 'Call Omar back about the school' });
    expect(await deadlineCount(store, '2026-04-28')).toBe(1);
  });

  it('keeps a past follow-up as overdue while the viewing still waits for an answer, and drops it once settled', async () => {
    const store = await freshStore();
    const caseId = ok(await createCase(store, { displayName: 'Demo: Ana Primer' })).id;
    const waiting = ok(await createRecord(store, 'viewing', caseId, { date: '2026-04-20', followUpDate: '2026-04-25', outcome: 'waiting' })).id;
    ok(await createRecord(store, 'viewing', caseId, { date: '2026-04-20', followUpDate: '2026-04-24', outcome: 'accepted' }));
    const overview = await deadlinesOverview(store, '2026-04-28');
    expect(overview.overdue).toHaveLength(1);
    expect(overview.overdue[0]).toMatchObject({ kind: 'followUp', viewingId: waiting, overdue: true, daysLeft: -3 });
    expect(await deadlineCount(store, '2026-04-28')).toBe(1);
  });

  it('counts checklists whose template version this device does not have', async () => {
    const store = await freshStore();
    const caseId = ok(await createCase(store, { displayName: 'Demo: Ana Primer' })).id;
    ok(await createRecord(store, 'checklist', caseId, { templateId: 'decision-court-action', templateVersion: 7 }));
    expect((await deadlinesOverview(store, '2026-04-28')).checklistsWithoutTemplate).toBe(1);
  });
});

/** The built-in court-action template with another count for the inadmissible action. */
function edited(days: number): TemplateDefinition {
  const copy = structuredClone(courtAction);
  const item = copy.items.find((candidate) => candidate.key === 'court_action_inadmissible');
  if (!item?.deadline) throw new Error('fixture');
  item.deadline.rule = { kind: 'legalDaysAfter', days };
  return copy;
}

describe('template versions', () => {
  it('saves an edit as a new template record with the next version; the built-in stays', async () => {
    const store = await freshStore();
    const saved = await saveTemplateVersion(store, edited(8), 1);
    expect(saved).toMatchObject({ ok: true, template: { id: 'decision-court-action', version: 2 } });
    const again = await saveTemplateVersion(store, edited(3), 2);
    expect(again).toMatchObject({ ok: true, template: { version: 3 } });
    const catalog = await templateCatalogOnDevice(store);
    expect(catalog.filter((entry) => entry.template.id === 'decision-court-action').map((entry) => entry.template.version)).toEqual([1, 2, 3]);
    expect(latestTemplates(catalog).find((entry) => entry.template.id === 'decision-court-action')?.template.version).toBe(3);
    const record = await store.db.records.get(saved.ok ? saved.recordId : '');
    const fields = (await store.codec.decode(record?.fields ?? '{}')) as Record<string, unknown>;
    expect(fields).toMatchObject({ templateId: 'decision-court-action', version: 2, basedOnVersion: 1 });
    expect(templateDefinitionSchema.safeParse(fields.definition).success).toBe(true);
  });

  it('writes nothing and says where when the edited template is invalid', async () => {
    const store = await freshStore();
    const broken = structuredClone(courtAction);
    (broken.items[0] as { text: { en: { handout: string } } }).text.en.handout = '';
    const before = await store.db.outbox.count();
    const saved = await saveTemplateVersion(store, broken, 1);
    expect(saved.ok).toBe(false);
    expect(saved.ok === false && saved.kind === 'form' && saved.issues[0]?.path).toEqual(['items', 0, 'text', 'en', 'handout']);
    expect(await store.db.outbox.count()).toBe(before);
  });

  it('names every problem with a translatable message, also where the schema gave none', async () => {
    const store = await freshStore();
    const broken = structuredClone(courtAction);
    broken.items[0]!.basis = [{ act: '' }];
    const saved = await saveTemplateVersion(store, broken, 1);
    expect(saved.ok === false && saved.kind === 'form' && saved.issues).toEqual([
      { path: ['items', 0, 'basis', 0, 'act'], message: 'validation.required' },
    ]);
  });

  it('lets only coordinators edit once the device has a team session; alone, anyone may', async () => {
    const store = await freshStore();
    expect(await templateEditing(store)).toEqual({ allowed: true, role: null });
    await putSession(store, { id: 'u1', name: 'Demo Counselor', role: 'counselor' });
    expect(await templateEditing(store)).toEqual({ allowed: false, role: 'counselor' });
    expect(await saveTemplateVersion(store, edited(8), 1)).toMatchObject({ ok: false, kind: 'store', error: { code: 'forbidden' } });
    await putSession(store, { id: 'u2', name: 'Demo Coordinator', role: 'coordinator' });
    expect((await saveTemplateVersion(store, edited(8), 1)).ok).toBe(true);
  });

  it('keeps a checklist on its version until it is upgraded, keeping dates and ticks', async () => {
    const { store, caseId, checklistId } = await storeWithChecklist({ variant: 'inadmissible' });
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', '2026-04-17'));
    ok(await setItemDone(store, checklistId, 'legal_help_contacted', true, { by: 'Demo A', on: '2026-04-17' }));
    const saved = await saveTemplateVersion(store, edited(8), 1);
    if (!saved.ok) throw new Error('save failed');
    let [item] = await checklistsOfCase(store, caseId);
    expect(item?.template?.template.version).toBe(1);
    expect(item?.newerTemplate?.template.version).toBe(2);
    ok(await upgradeChecklist(store, checklistId, item?.newerTemplate as CatalogEntry, item?.view.variant ?? null));
    [item] = await checklistsOfCase(store, caseId);
    expect(item?.view).toMatchObject({ templateVersion: 2, templateRecordId: saved.recordId, variant: 'inadmissible' });
    expect(item?.template?.origin).toEqual({ kind: 'record', recordId: saved.recordId, basedOnVersion: 1 });
    expect(item?.newerTemplate).toBeNull();
    expect(item?.fields['item.legal_help_contacted.done']).toBe(true);
    const [entry] = (await deadlinesOverview(store, '2026-04-20')).upcoming;
    expect(entry?.date).toBe(addLegalDays('2026-04-17', 8));
  });

  it('clears a chosen variant the new version no longer has', async () => {
    const { store, caseId, checklistId } = await storeWithChecklist();
    ok(await chooseVariant(store, checklistId, 'accelerated'));
    const withoutAccelerated = structuredClone(courtAction);
    withoutAccelerated.variants = withoutAccelerated.variants?.filter((variant) => variant.id !== 'accelerated');
    for (const item of withoutAccelerated.items) {
      if (item.variants) item.variants = item.variants.filter((variant) => variant !== 'accelerated');
    }
    withoutAccelerated.items = withoutAccelerated.items.filter((item) => !item.variants || item.variants.length > 0);
    const saved = await saveTemplateVersion(store, withoutAccelerated, 1);
    expect(saved.ok).toBe(true);
    const [item] = await checklistsOfCase(store, caseId);
    ok(await upgradeChecklist(store, checklistId, item?.newerTemplate as CatalogEntry, 'accelerated'));
    expect((await checklistsOfCase(store, caseId))[0]?.view.variant).toBeNull();
  });
});

describe('demo checklists', () => {
  it('gives the Deadlines screen an overdue item and items due soon, on known template items', async () => {
    const { loadDemoData } = await import('../../../src/store/demo.ts');
    const store = await freshStore();
    ok(await loadDemoData(store, { today: '2026-11-23' }));
    const rows = await store.db.records.where('type').equals('checklist').toArray();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      const fields = (await store.codec.decode(row.fields)) as Record<string, unknown>;
      const template = builtInTemplates.find((candidate) => candidate.id === fields.templateId);
      const itemKeys = Object.keys(fields).filter((name) => name.startsWith('item.')).map((name) => name.split('.')[1]);
      expect(itemKeys.filter((key) => !template?.items.some((item) => item.key === key))).toEqual([]);
    }
    const overview = await deadlinesOverview(store, '2026-11-23');
    expect(overview.overdue.map((entry) => entry.kind === 'checklist' && entry.due.itemKey)).toContain('address_registered');
    expect(overview.upcoming.some((entry) => entry.kind === 'checklist' && entry.due.itemKey === 'court_action_inadmissible')).toBe(true);
  });
});

describe('deadlinesOverview between runs', () => {
  it('shows a checklist once its template version arrives, and follows every change', async () => {
    const store = await freshStore();
    const caseId = ok(await createCase(store, { displayName: 'Demo: Ana Primer' })).id;
    const definition = { ...structuredClone(courtAction), version: 2 };
    const checklistId = ok(
      await createRecord(store, 'checklist', caseId, { templateId: 'decision-court-action', templateVersion: 2, variant: 'regular', 'date.decisionServedOn': '2026-04-17' }),
    ).id;
    const first = await deadlinesOverview(store, '2026-04-28');
    expect(first.checklistsWithoutTemplate).toBe(1);
    expect(first.upcoming).toEqual([]);
    // The coordinator's version 2 arrives (here: saved on this device).
    expect((await saveTemplateVersion(store, definition, 1)).ok).toBe(true);
    const second = await deadlinesOverview(store, '2026-04-28');
    expect(second.checklistsWithoutTemplate).toBe(0);
    expect(second.upcoming.map((entry) => entry.date)).toEqual(['2026-05-04']);
    // Same data, another day: counted again for that day.
    expect((await deadlinesOverview(store, '2026-05-05')).overdue.map((entry) => entry.date)).toEqual(['2026-05-04']);
    // A changed date and a renamed case show at once.
    ok(await setKeyDate(store, checklistId, 'decisionServedOn', '2026-04-20'));
    const { updateCase } = await import('../../../src/store/repo/cases.ts');
    ok(await updateCase(store, caseId, { displayName: 'Demo: Ana Vzorec' }));
    const third = await deadlinesOverview(store, '2026-04-28');
    expect(third.upcoming.map((entry) => [entry.date, entry.caseName])).toEqual([[addLegalDays('2026-04-20', 15), 'Demo: Ana Vzorec']]);
  });
});
