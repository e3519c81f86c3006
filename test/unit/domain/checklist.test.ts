import { describe, expect, it } from 'vitest';
import {
  checklistFieldSchema,
  checklistFields,
  itemField,
  keyDateField,
  readChecklist,
  readItemState,
} from '../../../src/domain/checklist.ts';
import { fieldSchema, validateSet } from '../../../src/domain/records.ts';

describe('checklist fields', () => {
  it('keeps the names the record registry imports', () => {
    expect(Object.keys(checklistFields)).toEqual(['templateId', 'templateVersion', 'templateRecordId', 'title', 'variant']);
  });

  it('knows each key date as its own field, so two people entering different dates never conflict', () => {
    expect(keyDateField('decisionServedOn')).toBe('date.decisionServedOn');
    expect(checklistFieldSchema('date.decisionServedOn')?.safeParse('2026-03-02').success).toBe(true);
    expect(checklistFieldSchema('date.decisionServedOn')?.safeParse('2026-02-30').success).toBe(false);
    expect(checklistFieldSchema('date.deliveryNoticeLeftOn')).toBeDefined();
    expect(checklistFieldSchema('date.somethingElse')).toBeUndefined();
    expect(checklistFieldSchema('date.')).toBeUndefined();
  });

  it('validates each part of an item state by its name', () => {
    const done = checklistFieldSchema(itemField('court_action_regular', 'done'));
    expect(done?.safeParse(true).success).toBe(true);
    expect(done?.safeParse('yes').success).toBe(false);
    expect(checklistFieldSchema('item.court_action_regular.doneOn')?.safeParse('2026-05-04').success).toBe(true);
    expect(checklistFieldSchema('item.court_action_regular.doneOn')?.safeParse('4. 5. 2026').success).toBe(false);
    expect(checklistFieldSchema('item.court_action_regular.doneBy')?.safeParse('u_42').success).toBe(true);
    expect(checklistFieldSchema('item.court_action_regular.doneBy')?.safeParse('').success).toBe(false);
    expect(checklistFieldSchema('item.court_action_regular.note')?.safeParse('Filed at the court\nby hand').success).toBe(true);
    expect(checklistFieldSchema('item.court_action_regular.note')?.safeParse('x'.repeat(4001)).success).toBe(false);
  });

  it('refuses malformed item field names', () => {
    for (const name of [
      'item.court_action_regular',
      'item.court_action_regular.done.extra',
      'item.Court.done',
      'item.a-b.done',
      'item..done',
      'item.x.checked',
      `item.${'a'.repeat(49)}.done`,
      'constructor',
      '__proto__',
      'toString',
    ]) {
      expect(checklistFieldSchema(name), name).toBeUndefined();
    }
  });

  it('validates a whole set through the record registry, with null clearing a field', () => {
    expect(
      validateSet('checklist', {
        templateId: 'decision-court-action',
        templateVersion: 1,
        title: 'Appeal, first decision',
        variant: 'regular',
        'date.decisionServedOn': '2026-04-17',
        'item.court_action_regular.done': true,
        'item.court_action_regular.doneBy': 'u_42',
        'item.court_action_regular.doneOn': '2026-04-28',
        'item.court_action_regular.note': null,
      }),
    ).toEqual({ ok: true });
    const bad = validateSet('checklist', {
      templateId: 'Decision Court Action',
      templateVersion: 0,
      'date.decisionServedOn': '17.4.2026',
      'item.x.done': 'true',
      'item.x.color': 'red',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => i.field)).toEqual([
        'templateId',
        'templateVersion',
        'date.decisionServedOn',
        'item.x.done',
        'item.x.color',
      ]);
      expect(bad.issues.at(-1)?.code).toBe('unknown_field');
    }
    expect(fieldSchema('checklist', 'item.x.done')?.safeParse(null).success).toBe(true);
  });
});

describe('readChecklist and readItemState', () => {
  it('reads valid values and treats missing, cleared or invalid ones as empty', () => {
    const fields = {
      templateId: 'decision-court-action',
      templateVersion: 2,
      title: null,
      'date.decisionServedOn': '2026-04-17',
      'date.deliveryNoticeLeftOn': 'not a date',
      'item.a.done': true,
      'item.a.doneBy': 'u_1',
      'item.a.doneOn': '2026-04-20',
      'item.b.done': 'yes',
    };
    expect(readChecklist(fields)).toEqual({
      templateId: 'decision-court-action',
      templateVersion: 2,
      templateRecordId: null,
      title: null,
      variant: null,
      keyDates: { decisionServedOn: '2026-04-17' },
    });
    expect(readItemState(fields, 'a')).toEqual({ done: true, doneBy: 'u_1', doneOn: '2026-04-20', note: null });
    expect(readItemState(fields, 'b')).toEqual({ done: false, doneBy: null, doneOn: null, note: null });
  });
});
