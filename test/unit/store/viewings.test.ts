import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { logOutcomeDefaults, newViewingForm } from '../../../src/domain/viewing.ts';
import {
  allViewings,
  caseForPlanning,
  currentUserId,
  viewingById,
  viewingFollowUps,
  viewingsOfCaseRecords,
} from '../../../src/store/queries/viewings.ts';
import { loadDemoData } from '../../../src/store/demo.ts';
import { createCase, deleteCase } from '../../../src/store/repo/cases.ts';
import { deleteViewing, planViewing, saveViewingForm, updateViewing } from '../../../src/store/repo/viewings.ts';
import { viewingPacket } from '../../../src/domain/viewing-packet.ts';
import { freshStore, ok, putSession } from './helpers.ts';

const TODAY = '2026-11-21';

async function storeWithCase(fields: Record<string, unknown> = {}) {
  const store = await freshStore();
  const kase = ok(await createCase(store, { displayName: 'Demo: Ana Primer', ...fields }));
  return { store, caseId: kase.id };
}

const planned = {
  ...newViewingForm(),
  date: '2026-11-25',
  startTime: '10:00',
  endTime: '10:45',
  address: 'Demo ulica 1, Ljubljana',
  landlordPhone: '041 123 456',
  rentMonthly: '450,50',
};

describe('saveViewingForm', () => {
  it('plans a viewing for a case: normalised fields, one record and one outbox mutation', async () => {
    const { store, caseId } = await storeWithCase();
    const saved = await saveViewingForm(store, { kind: 'new', caseId }, planned, TODAY);
    expect(saved).toMatchObject({ ok: true, changed: true });
    const viewing = await viewingById(store, saved.ok ? saved.id : '');
    expect(viewing).toMatchObject({
      caseId,
      caseName: 'Demo: Ana Primer',
      fields: {
        date: '2026-11-25',
        startTime: '10:00',
        durationMinutes: 45,
        address: 'Demo ulica 1, Ljubljana',
        landlordPhone: '041123456',
        rentMonthlyCents: 45050,
        status: 'planned',
      },
    });
    const outbox = await store.db.outbox.toArray();
    expect(outbox.filter((row) => row.type === 'viewing')).toHaveLength(1);
  });

  it('saves nothing when any field is invalid, and says which and why', async () => {
    const { store, caseId } = await storeWithCase();
    const outboxBefore = await store.db.outbox.count();
    const saved = await saveViewingForm(
      store,
      { kind: 'new', caseId },
      { ...planned, endTime: '09:00', rentMonthly: '-5', landlordPhone: 'call me' },
      TODAY,
    );
    expect(saved.ok).toBe(false);
    if (saved.ok || saved.kind !== 'form') throw new Error('expected form errors');
    expect(saved.errors.map((error) => [error.field, error.message])).toEqual([
      ['endTime', 'viewings:validation.endBeforeStart'],
      ['landlordPhone', 'viewings:validation.phone'],
      ['rentMonthly', 'viewings:validation.moneyNegative'],
    ]);
    expect(await allViewings(store)).toEqual([]);
    expect(await store.db.outbox.count()).toBe(outboxBefore);
  });

  it('saves the money asked from the outcome form, and the packet’s costs to-do closes', async () => {
    const { store, caseId } = await storeWithCase();
    const first = await saveViewingForm(store, { kind: 'new', caseId }, planned, TODAY);
    if (!first.ok) throw new Error('plan failed');
    const viewing = (await viewingById(store, first.id))!;
    expect(viewingPacket(viewing.fields).checklist.check.find((item) => item.id === 'costs')?.state).toBe('open');
    const outcome = { ...logOutcomeDefaults(viewing.fields, TODAY, ','), rentMonthly: '450,50', deposit: '900', utilitiesEstimate: '80', agencyFee: '0' };
    const saved = await saveViewingForm(store, { kind: 'existing', viewingId: first.id, current: viewing.fields }, outcome, TODAY);
    expect(saved).toMatchObject({ ok: true, changed: true });
    const after = (await viewingById(store, first.id))!;
    expect(after.fields).toMatchObject({ rentMonthlyCents: 45050, depositCents: 90000, utilitiesEstimateCents: 8000, agencyFeeCents: 0 });
    expect(viewingPacket(after.fields).checklist.check.find((item) => item.id === 'costs')?.state).toBe('done');
  });

  it('refuses an amount on the outcome form as the plan form does, and saves nothing', async () => {
    const { store, caseId } = await storeWithCase();
    const first = await saveViewingForm(store, { kind: 'new', caseId }, planned, TODAY);
    if (!first.ok) throw new Error('plan failed');
    const viewing = (await viewingById(store, first.id))!;
    const outboxBefore = await store.db.outbox.count();
    const outcome = { ...logOutcomeDefaults(viewing.fields, TODAY), rentMonthly: '-5', deposit: '12.345' };
    const saved = await saveViewingForm(store, { kind: 'existing', viewingId: first.id, current: viewing.fields }, outcome, TODAY);
    expect(saved).toMatchObject({ ok: false, kind: 'form' });
    expect(saved.ok === false && saved.kind === 'form' && saved.errors.map((error) => error.field).toSorted()).toEqual(['deposit', 'rentMonthly']);
    expect(await store.db.outbox.count()).toBe(outboxBefore);
  });

  it('logs an outcome with the defaults: only the changed fields go into the mutation', async () => {
    const { store, caseId } = await storeWithCase();
    const first = await saveViewingForm(store, { kind: 'new', caseId }, planned, TODAY);
    if (!first.ok) throw new Error('plan failed');
    const viewing = (await viewingById(store, first.id))!;
    store.env.advance(60_000);
    const outcome = logOutcomeDefaults(viewing.fields, '2026-11-25');
    const saved = await saveViewingForm(store, { kind: 'existing', viewingId: first.id, current: viewing.fields }, outcome, '2026-11-25');
    expect(saved).toEqual({ ok: true, id: first.id, changed: true });
    const after = (await viewingById(store, first.id))!;
    expect(after.fields).toMatchObject({
      status: 'done',
      outcome: 'waiting',
      registrationConsent: 'not_asked',
      discrimination: ['none'],
      followUpDate: '2026-12-02',
      address: 'Demo ulica 1, Ljubljana',
    });
    const last = (await store.db.outbox.toArray()).at(-1)!;
    expect(Object.keys(JSON.parse(last.set!) as object).toSorted()).toEqual([
      'discrimination',
      'followUpDate',
      'outcome',
      'registrationConsent',
      'status',
    ]);
  });

  it('writes nothing when an edit changes nothing', async () => {
    const { store, caseId } = await storeWithCase();
    const first = await saveViewingForm(store, { kind: 'new', caseId }, planned, TODAY);
    if (!first.ok) throw new Error('plan failed');
    const viewing = (await viewingById(store, first.id))!;
    const outboxBefore = await store.db.outbox.count();
    const saved = await saveViewingForm(store, { kind: 'existing', viewingId: first.id, current: viewing.fields }, planned, TODAY);
    expect(saved).toEqual({ ok: true, id: first.id, changed: false });
    expect(await store.db.outbox.count()).toBe(outboxBefore);
  });

  it('refuses to plan for a case that was deleted', async () => {
    const { store, caseId } = await storeWithCase();
    ok(await deleteCase(store, caseId));
    const saved = await saveViewingForm(store, { kind: 'new', caseId }, planned, TODAY);
    expect(saved).toMatchObject({ ok: false, kind: 'store', error: { code: 'gone' } });
  });
});

describe('viewing queries', () => {
  it('lists live viewings across cases with the case name; a deleted viewing or case drops out', async () => {
    const { store, caseId } = await storeWithCase();
    const other = ok(await createCase(store, { displayName: 'Demo: Omar Example' })).id;
    const a = ok(await planViewing(store, caseId, { date: '2026-11-25', startTime: '10:00' }));
    const b = ok(await planViewing(store, other, { date: '2026-11-24', startTime: '09:00', notes: null }));
    const c = ok(await planViewing(store, other, { date: '2026-11-26' }));
    expect((await allViewings(store)).map((v) => [v.id, v.caseName]).toSorted()).toEqual(
      [
        [a.id, 'Demo: Ana Primer'],
        [b.id, 'Demo: Omar Example'],
        [c.id, 'Demo: Omar Example'],
      ].toSorted(),
    );
    expect((await viewingsOfCaseRecords(store, other)).map((v) => v.id).toSorted()).toEqual([b.id, c.id].toSorted());
    ok(await deleteViewing(store, c.id));
    expect(await viewingById(store, c.id)).toBeNull();
    ok(await deleteCase(store, other));
    expect((await allViewings(store)).map((v) => v.id)).toEqual([a.id]);
  });

  it('does not treat a case or a note id as a viewing', async () => {
    const { store, caseId } = await storeWithCase();
    expect(await viewingById(store, caseId)).toBeNull();
    expect(await updateViewing(store, caseId, { notes: 'Demo' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await deleteViewing(store, caseId)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('drops fields it cannot read instead of failing the screen', async () => {
    const { store, caseId } = await storeWithCase();
    const id = ok(await planViewing(store, caseId, { date: '2026-11-25', address: 'Demo ulica 1' })).id;
    const row = (await store.db.records.get(id))!;
    await store.db.records.put({ ...row, fields: JSON.stringify({ date: '2026-11-25', address: 'Demo ulica 1', status: 'teleported', futureField: 1 }) });
    expect((await viewingById(store, id))!.fields).toEqual({ date: '2026-11-25', address: 'Demo ulica 1' });
  });

  it('gives what planning takes from the case, or null for a missing case', async () => {
    const { store, caseId } = await storeWithCase({ interpreterNeeded: true, interpreterLanguage: 'Arabic' });
    expect(await caseForPlanning(store, caseId)).toEqual({ id: caseId, name: 'Demo: Ana Primer', interpreterLanguage: 'Arabic' });
    expect(await caseForPlanning(store, '0190a0b0-0000-7000-8000-000000000000')).toBeNull();
  });

  it('answers again by itself when a viewing changes (liveQuery)', async () => {
    const { store, caseId } = await storeWithCase();
    const seen: number[] = [];
    const subscription = liveQuery(() => allViewings(store)).subscribe({ next: (items) => seen.push(items.length) });
    await until(() => seen.length === 1);
    ok(await planViewing(store, caseId, { date: '2026-11-25' }));
    await until(() => seen.at(-1) === 1);
    subscription.unsubscribe();
    expect(seen).toEqual([0, 1]);
  });
});

describe('viewingFollowUps', () => {
  it('lists follow-up dates soonest first, with a label for why, within the asked range', async () => {
    const { store, caseId } = await storeWithCase();
    const waiting = ok(await planViewing(store, caseId, { date: '2026-11-20', outcome: 'waiting', followUpDate: '2026-11-27' })).id;
    const offered = ok(await planViewing(store, caseId, { date: '2026-11-19', outcome: 'offered', followUpDate: '2026-11-22' })).id;
    const old = ok(await planViewing(store, caseId, { date: '2026-10-01', followUpDate: '2026-10-08' })).id;
    ok(await planViewing(store, caseId, { date: '2026-11-30' })); // no follow-up
    expect(await viewingFollowUps(store)).toEqual([
      { caseId, viewingId: old, date: '2026-10-08', labelKey: 'viewings:followUp.generic', href: `/viewings/${old}`, awaitingAnswer: true },
      { caseId, viewingId: offered, date: '2026-11-22', labelKey: 'viewings:followUp.offered', href: `/viewings/${offered}`, awaitingAnswer: true },
      { caseId, viewingId: waiting, date: '2026-11-27', labelKey: 'viewings:followUp.waiting', href: `/viewings/${waiting}`, awaitingAnswer: true },
    ]);
    expect((await viewingFollowUps(store, { from: TODAY, to: '2026-11-25' })).map((item) => item.viewingId)).toEqual([offered]);
  });

  it('counts the follow-up date as due, next to the viewing day', async () => {
    const { store, caseId } = await storeWithCase();
    const id = ok(await planViewing(store, caseId, { date: '2026-11-20', followUpDate: '2026-11-27' })).id;
    expect((await store.db.records.get(id))!.due).toEqual(['2026-11-20', '2026-11-27']);
    ok(await updateViewing(store, id, { followUpDate: null }));
    expect((await store.db.records.get(id))!.due).toEqual(['2026-11-20']);
  });
});

describe('demo viewings', () => {
  it('are clearly fictional, around today, and include a follow-up and a past viewing without its outcome', async () => {
    const store = await freshStore();
    ok(await loadDemoData(store, { today: TODAY, language: 'sl' }));
    const viewings = await allViewings(store);
    expect(viewings.length).toBeGreaterThanOrEqual(4);
    for (const viewing of viewings) {
      expect(viewing.fields.address).toMatch(/^Demo: /);
      expect(viewing.fields.landlordName).toMatch(/^Demo: /);
      expect(viewing.caseName).toMatch(/^Demo: /);
    }
    expect(viewings.some((v) => v.fields.date! < TODAY && v.fields.status === 'planned')).toBe(true);
    expect(viewings.some((v) => v.fields.date! > TODAY && v.fields.status === 'planned')).toBe(true);
    expect((await viewingFollowUps(store, { from: TODAY })).length).toBeGreaterThanOrEqual(1);
  });
});

describe('currentUserId', () => {
  it('is the signed-in user from the session row, and null on a device working on its own', async () => {
    const store = await freshStore();
    expect(await currentUserId(store)).toBeNull();
    await putSession(store, { id: 'u_demo', name: 'Demo', role: 'volunteer' });
    expect(await currentUserId(store)).toBe('u_demo');
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition never became true');
}
