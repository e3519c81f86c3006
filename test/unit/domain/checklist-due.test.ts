import { describe, expect, it } from 'vitest';
import {
  checklistDueDates,
  checklistDueItems,
  checklistItemDates,
  itemApplies,
  keyDateSource,
  upcomingDeadlines,
  type ChecklistDueItem,
} from '../../../src/domain/checklist-due.ts';
import { PlainDateError } from '../../../src/domain/calendar.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';
import type { TemplateDefinition } from '../../../src/domain/template-definition.ts';

function template(id: string): TemplateDefinition {
  const found = builtInTemplates.find((t) => t.id === id);
  if (!found) throw new Error(id);
  return found;
}
const court = template('decision-court-action');
const address = template('address-registration');
const subsidiary = template('subsidiary-protection-extension');

function byKey(items: ChecklistDueItem[], key: string): ChecklistDueItem {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(key);
  return found;
}

describe('checklistDueItems', () => {
  it('computes the court action deadline from the service date, with the rule and its move', () => {
    const items = checklistDueItems(
      { templateId: court.id, templateVersion: 1, variant: 'regular', 'date.decisionServedOn': '2026-04-17' },
      court,
      '2026-04-20',
    );
    const action = byKey(items, 'court_action_regular');
    expect(action).toMatchObject({
      status: 'scheduled',
      dueDate: '2026-05-04',
      daysLeft: 14,
      overdue: false,
      meaning: 'actBy',
      needsVerification: true,
    });
    expect(action.deadline).toMatchObject({
      ruleId: 'decision-court-action@1.court_action_regular',
      nominalDate: '2026-05-02',
      basis: [{ act: 'ZMZ-1', article: '70' }],
      shift: { direction: 'later', from: '2026-05-02', to: '2026-05-04' },
    });
    expect(action.explanation.map((p) => p.key)).toEqual([
      'deadlines:rule.daysAfter',
      'deadlines:basis.article',
      'deadlines:moved.later',
    ]);
  });

  it('shows only the chosen variant’s items, and every item when none is chosen', () => {
    const fields = { 'date.decisionServedOn': '2026-04-17' };
    const all = checklistDueItems(fields, court, '2026-04-20').map((i) => i.key);
    expect(all).toEqual(court.items.map((i) => i.key));
    const accelerated = checklistDueItems({ ...fields, variant: 'accelerated' }, court, '2026-04-20').map((i) => i.key);
    expect(accelerated).toContain('court_action_accelerated');
    expect(accelerated).toContain('interim_order_requested');
    expect(accelerated).not.toContain('court_action_regular');
    expect(accelerated).not.toContain('court_action_inadmissible');
    expect(accelerated).toContain('court_action_detention'); // no variant: always applies
  });

  it('counts from the deemed service date when only the delivery notice is entered', () => {
    const items = checklistDueItems(
      { variant: 'regular', 'date.deliveryNoticeLeftOn': '2026-03-07' },
      court,
      '2026-03-23',
    );
    const action = byKey(items, 'court_action_regular');
    expect(action.deadline?.deemedService).toMatchObject({ noticeLeftOn: '2026-03-07', servedOn: '2026-03-22' });
    expect(action.dueDate).toBe('2026-04-07'); // from Sunday 22 March; 6 April is Easter Monday
    expect(action.explanation.map((p) => p.key)).toContain('deadlines:deemedService');
  });

  it('prefers the entered service date over the delivery notice', () => {
    const items = checklistDueItems(
      { variant: 'regular', 'date.deliveryNoticeLeftOn': '2026-03-07', 'date.decisionServedOn': '2026-03-10' },
      court,
      '2026-03-11',
    );
    expect(byKey(items, 'court_action_regular')).toMatchObject({ dueDate: '2026-03-25' });
    expect(byKey(items, 'court_action_regular').deadline?.deemedService).toBeNull();
  });

  it('waits for a key date nobody entered yet, and reports which one', () => {
    const items = checklistDueItems({}, court, '2026-04-20');
    expect(byKey(items, 'court_action_regular')).toMatchObject({
      status: 'waitingForDate',
      missingKeyDate: 'decisionServedOn',
      dueDate: null,
      overdue: false,
    });
    expect(byKey(items, 'court_action_detention').missingKeyDate).toBe('detentionOrderServedOn');
    expect(byKey(items, 'legal_help_contacted').status).toBe('noDeadline');
  });

  it('marks an open item overdue the day after its due date, not on it, and never once done', () => {
    const fields = { 'date.movedInOn': '2026-03-02' }; // due Tue 10 March
    expect(byKey(checklistDueItems(fields, address, '2026-03-10'), 'address_registered')).toMatchObject({ daysLeft: 0, overdue: false });
    expect(byKey(checklistDueItems(fields, address, '2026-03-11'), 'address_registered')).toMatchObject({ daysLeft: -1, overdue: true });
    const done = { ...fields, 'item.address_registered.done': true, 'item.address_registered.doneBy': 'u_7' };
    expect(byKey(checklistDueItems(done, address, '2026-03-11'), 'address_registered')).toMatchObject({
      overdue: false,
      state: { done: true, doneBy: 'u_7', doneOn: null, note: null },
    });
  });

  it('does not call an ended entitlement overdue', () => {
    const after = template('after-status-granted');
    const items = checklistDueItems({ 'date.statusGrantedOn': '2025-01-15' }, after, '2026-11-21');
    expect(byKey(items, 'integration_house_ends')).toMatchObject({ dueDate: '2026-01-15', overdue: false, meaning: 'endsOn' });
    expect(byKey(items, 'integration_agreement_offered')).toMatchObject({ overdue: true, meaning: 'authorityBy' });
  });

  it('moves a before-expiry date to the earlier working day', () => {
    const items = checklistDueItems({ 'date.protectionExpiresOn': '2026-06-01' }, subsidiary, '2026-04-01');
    expect(byKey(items, 'extension_request_filed')).toMatchObject({ dueDate: '2026-04-30', daysLeft: 29 });
    expect(byKey(items, 'extension_request_filed').deadline?.shift).toMatchObject({ direction: 'earlier', basis: null });
  });

  it('reports a stored date the calendar cannot count from instead of throwing', () => {
    const items = checklistDueItems({ 'date.movedInOn': '1200-01-01' }, address, '2026-03-01');
    expect(byKey(items, 'address_registered')).toMatchObject({ status: 'invalidDate', dueDate: null, overdue: false });
  });

  it('refuses an invalid today', () => {
    expect(() => checklistDueItems({}, address, '2026-13-01')).toThrow(PlainDateError);
  });
});

describe('checklistDueDates (the case list\'s next deadline)', () => {
  it('gives the dates of open items of the chosen variant, each once, sorted, without asking what day it is', () => {
    // Served Wed 18 Nov 2026: the regular 15 days end Thu 3 Dec (ZMZ-1 Art. 70, ZUP Art. 100).
    const fields = { variant: 'regular', 'date.decisionServedOn': '2026-11-18' };
    expect(checklistDueDates(fields, court)).toEqual(['2026-12-03']);
    // No variant chosen: every court action period counts; the 3 days end on Saturday 21
    // Nov and move to Monday 23 (ZUP Art. 101(2)), the 8 days end Thu 26 Nov.
    expect(checklistDueDates({ 'date.decisionServedOn': '2026-11-18' }, court)).toEqual(['2026-11-23', '2026-11-26', '2026-12-03']);
  });

  it('drops the date of a ticked item, and has none before a key date is entered', () => {
    const fields = { variant: 'regular', 'date.decisionServedOn': '2026-11-18', 'item.court_action_regular.done': true };
    expect(checklistDueDates(fields, court)).toEqual([]);
    expect(checklistDueDates({ variant: 'regular' }, court)).toEqual([]);
    expect(checklistDueDates({ 'date.movedInOn': '1200-01-01' }, address)).toEqual([]); // not countable
  });

  it('counts the end of an entitlement, not the start of a right', () => {
    const after = template('after-status-granted');
    expect(checklistDueDates({ 'date.statusGrantedOn': '2026-11-02' }, after)).toEqual(['2026-12-02', '2027-11-02']); // authorityBy, endsOn
    const ip = template('ip-application');
    const fields = { 'date.applicationLodgedOn': '2026-09-01' };
    expect(byKey(checklistDueItems(fields, ip, '2026-11-21'), 'right_to_work')).toMatchObject({ meaning: 'availableFrom', dueDate: '2026-12-01' });
    expect(checklistDueDates(fields, ip)).toEqual(['2026-11-02', '2027-03-01']); // the decision time limits (authorityBy)
  });

  it('agrees with checklistDueItems on every date, whatever today is', () => {
    const fields = { 'date.decisionServedOn': '2026-11-18', 'item.court_action_inadmissible.done': true };
    const open = checklistDueItems(fields, court, '2030-01-01').filter((due) => due.status === 'scheduled' && !due.state.done); // court: actBy only
    expect(checklistDueDates(fields, court)).toEqual(open.map((due) => due.dueDate).toSorted());
    expect(checklistItemDates(fields, court).map((dated) => dated.dueDate)).toEqual(
      checklistDueItems(fields, court, '2026-11-21').map((due) => due.dueDate),
    );
  });
});

describe('keyDateSource and itemApplies', () => {
  it('substitutes the delivery notice only for the decision service date', () => {
    expect(keyDateSource('decisionServedOn', { deliveryNoticeLeftOn: '2026-03-07' })).toEqual({ noticeLeftOn: '2026-03-07' });
    expect(keyDateSource('statusGrantedOn', { deliveryNoticeLeftOn: '2026-03-07' })).toBeNull();
    expect(keyDateSource('movedInOn', { movedInOn: '2026-03-07' })).toEqual({ from: '2026-03-07' });
  });

  it('applies an item without variants to every variant', () => {
    const item = court.items.find((i) => i.key === 'court_action_detention')!;
    expect(itemApplies(item, 'regular')).toBe(true);
    expect(itemApplies(court.items.find((i) => i.key === 'court_action_regular')!, 'accelerated')).toBe(false);
  });
});

describe('upcomingDeadlines', () => {
  const today = '2026-04-20';
  const checklists = [
    {
      caseId: 'case-a',
      checklistId: 'cl-1',
      template: court,
      // served 17 April: regular action due Mon 4 May (14 days left)
      fields: { variant: 'regular', 'date.decisionServedOn': '2026-04-17' },
    },
    {
      caseId: 'case-b',
      checklistId: 'cl-2',
      template: address,
      // moved in 1 April: due 9 April, overdue; moved out 15 April: due 23 April
      fields: { 'date.movedInOn': '2026-04-01', 'date.movedOutOn': '2026-04-15' },
    },
    {
      caseId: 'case-c',
      checklistId: 'cl-3',
      template: court,
      // detention notified 18 April (Sat): due Tue 21 April; the action is done
      fields: {
        variant: 'inadmissible',
        'date.detentionOrderServedOn': '2026-04-18',
        'date.decisionServedOn': '2026-04-10',
        'item.court_action_inadmissible.done': true,
      },
    },
    { caseId: 'case-d', checklistId: 'cl-4', template: null, fields: { 'date.decisionServedOn': '2026-04-17' } },
    {
      caseId: 'case-e',
      checklistId: 'cl-5',
      template: address,
      // due in 15 days: outside the 14-day window
      fields: { 'date.movedInOn': '2026-04-27' },
    },
  ];

  it('lists overdue items first, then the next 14 days by date, leaving out done and far-off items', () => {
    const list = upcomingDeadlines(checklists, today);
    expect(list.map((d) => [d.caseId, d.itemKey, d.dueDate, d.daysLeft, d.overdue])).toEqual([
      ['case-b', 'address_registered', '2026-04-09', -11, true],
      ['case-c', 'court_action_detention', '2026-04-21', 1, false],
      ['case-b', 'deregistered_after_moving_out', '2026-04-23', 3, false],
      ['case-a', 'court_action_regular', '2026-05-04', 14, false],
    ]);
    expect(list[3]?.explanation[0]?.key).toBe('deadlines:rule.daysAfter');
  });

  it('takes another window when asked', () => {
    expect(upcomingDeadlines(checklists, today, 3).map((d) => d.itemKey)).toEqual([
      'address_registered',
      'court_action_detention',
      'deregistered_after_moving_out',
    ]);
    expect(upcomingDeadlines(checklists, today, 30).map((d) => d.caseId)).toContain('case-e');
  });

  it('returns nothing for no checklists', () => {
    expect(upcomingDeadlines([], today)).toEqual([]);
  });
});
