// The pure helpers behind the checklist screens: dates in the reader's language (always
// Gregorian), the handout model with visible English fallbacks, what changes between
// template versions, the editor's steps, and the second look at typed dates.
import { describe, expect, it } from 'vitest';
import { checklistDueItems } from '../../../../src/domain/checklist-due.ts';
import { addLegalDays, computeDeadline, explainDeadline } from '../../../../src/domain/deadlines.ts';
import type { TemplateDefinition } from '../../../../src/domain/template-definition.ts';
import { builtInTemplates } from '../../../../src/domain/templates/index.ts';
import { inOfferOrder } from '../../../../src/app/checklists/catalog-order.ts';
import { summarizeChecklist } from '../../../../src/app/checklists/checklist-summary.ts';
import { committableDate } from '../../../../src/app/checklists/date-input.ts';
import { renderExplanation } from '../../../../src/app/checklists/explanation.ts';
import { daysLeftKey, endonym, isolate, nearestSupportedLocale } from '../../../../src/app/format.ts';
import { buildHandout } from '../../../../src/app/checklists/handout.ts';
import { keyDateWarning } from '../../../../src/app/checklists/key-date-check.ts';
import { caseHref, checklistHref, handoutHref } from '../../../../src/app/checklists/links.ts';
import { templateChanges } from '../../../../src/app/checklists/template-changes.ts';
import {
  blankItem,
  dropTranslations,
  editableCopy,
  issuePlace,
  markReviewed,
  moveItem,
  newItemKey,
  outdatedTranslations,
  ruleCount,
  unreviewedLanguagesOf,
  withRuleCount,
} from '../../../../src/app/checklists/template-editor.ts';
import { templateDefinitionSchema } from '../../../../src/domain/template-definition.ts';
import { loadBuiltInHandoutTexts } from '../../../../src/domain/templates/handouts/index.ts';

const template = (id: string) => builtInTemplates.find((candidate) => candidate.id === id) as TemplateDefinition;
const courtAction = template('decision-court-action');

describe('renderExplanation', () => {
  it('fills dates, translated keys and values into each part and joins them', () => {
    const deadline = computeDeadline({ from: '2026-04-17', rule: { kind: 'legalDaysAfter', days: 15 }, keyDate: 'decisionServedOn' });
    const seen: string[] = [];
    const t = (key: string, options: Record<string, unknown> = {}) => {
      seen.push(key);
      if (key === 'checklists:explanationSeparator') return ' | ';
      return `${key}${JSON.stringify(options)}`;
    };
    const text = renderExplanation(explainDeadline(deadline), t, 'en');
    expect(text.split(' | ')).toHaveLength(2);
    expect(text).toContain('"from":"Fri 17 Apr 2026"');
    expect(text).toContain('"to":"Mon 4 May 2026"');
    expect(text).toContain('"anchor":"deadlines:anchorFrom.decisionServedOn{}"');
    expect(seen).toContain('deadlines:holiday.labourDaySecondDay');
  });
});

describe('isolate', () => {
  it('wraps typed text in a directional isolate', () => {
    expect(isolate('Demo: Ana')).toBe('\u2068Demo: Ana\u2069');
  });
});

/** An engine that knows only `known` (Intl.DateTimeFormat.supportedLocalesOf). */
const chromium = (known: string[]) => (candidates: string[]) => candidates.filter((candidate) => known.includes(candidate));

describe('endonym', () => {
  it('names every handout language in itself, whatever the browser knows', () => {
    expect(['uk', 'ru', 'sq', 'bs', 'fr', 'tr', 'ps', 'ur'].map(endonym)).toEqual([
      'Українська',
      'Русский',
      'Shqip',
      'Bosanski',
      'Français',
      'Türkçe',
      'پښتو',
      'اردو',
    ]);
    expect(endonym('de')).toBe('Deutsch');
  });

  it('formats dates in the nearest language an engine knows, never in its own default', () => {
    expect(nearestSupportedLocale('ps', chromium(['fa', 'fa-AF', 'ur']))).toBe('fa-AF');
    expect(nearestSupportedLocale('ps', chromium(['fa']))).toBe('fa');
    expect(nearestSupportedLocale('ps', chromium(['ps', 'fa-AF']))).toBe('ps');
    expect(nearestSupportedLocale('ur', chromium(['ur']))).toBe('ur');
    expect(nearestSupportedLocale('sq', chromium([]))).toBe('en-GB');
  });
});

describe('daysLeftKey', () => {
  it('names today, tomorrow, days ahead, days overdue and days ago', () => {
    expect(daysLeftKey(0, false)).toEqual({ key: 'checklists:daysLeft.today', count: 0 });
    expect(daysLeftKey(1, false)).toEqual({ key: 'checklists:daysLeft.tomorrow', count: 1 });
    expect(daysLeftKey(6, false)).toEqual({ key: 'checklists:daysLeft.inDays', count: 6 });
    expect(daysLeftKey(-3, true)).toEqual({ key: 'checklists:daysLeft.overdue', count: 3 });
    expect(daysLeftKey(-3, false)).toEqual({ key: 'checklists:daysLeft.ago', count: 3 });
  });
});

describe('buildHandout', () => {
  const fields = {
    templateId: 'decision-court-action',
    templateVersion: 1,
    variant: 'inadmissible',
    'date.decisionServedOn': '2026-04-17',
    'item.service_date_recorded.done': true,
  };

  it('lists the open steps of the chosen variant with their due dates, most urgent first', () => {
    const handout = buildHandout(courtAction, fields, '2026-04-18', 'ar');
    expect(handout.dir).toBe('rtl');
    expect(handout.language).toBe('ar');
    expect(handout.doneCount).toBe(1);
    expect(handout.steps.map((step) => step.key)).not.toContain('service_date_recorded');
    expect(handout.steps.map((step) => step.key)).not.toContain('court_action_regular');
    expect(handout.mostUrgent?.key).toBe('court_action_inadmissible');
    expect(handout.mostUrgent?.due.dueDate).toBe(addLegalDays('2026-04-17', 3));
    expect(handout.title).toEqual({ text: 'القرار والدعوى أمام المحكمة', language: 'ar', fallback: false });
  });

  it('says when a language is unreviewed, and marks each English fallback', () => {
    const partial = editableCopy(courtAction);
    delete (partial.items[1]!.text as Record<string, unknown>).uk;
    const handout = buildHandout(partial, fields, '2026-04-18', 'uk');
    expect(handout.unreviewed).toBe(true);
    expect(handout.dir).toBe('ltr');
    const step = handout.steps.find((candidate) => candidate.key === partial.items[1]!.key);
    expect(step?.text).toMatchObject({ language: 'en', fallback: true });
    expect(handout.anyFallback).toBe(true);
    expect(buildHandout(courtAction, fields, '2026-04-18', 'sl')).toMatchObject({ unreviewed: false, anyFallback: false });
  });

  it('shows the variant in the client language', () => {
    expect(buildHandout(courtAction, fields, '2026-04-18', 'fa').variant?.language).toBe('fa');
  });

  it('takes a later language’s texts from its module, unreviewed until a coordinator reviews them', async () => {
    const pashto = await loadBuiltInHandoutTexts('ps');
    const handout = buildHandout(courtAction, fields, '2026-04-18', 'ps', pashto);
    expect(handout).toMatchObject({ dir: 'rtl', unreviewed: true, anyFallback: false });
    expect(handout.title).toEqual({ text: pashto?.['decision-court-action']?.title, language: 'ps', fallback: false });
    expect(handout.variant?.language).toBe('ps');
    // Without the module every text is English, visibly.
    expect(buildHandout(courtAction, fields, '2026-04-18', 'ps').anyFallback).toBe(true);
    const reviewed = markReviewed(courtAction, 'ps', true, { ps: pashto! });
    expect(buildHandout(reviewed, fields, '2026-04-18', 'ps', pashto)).toMatchObject({ unreviewed: false, anyFallback: false });
    // A corrected text is the one shown.
    const corrected = editableCopy(courtAction);
    corrected.items.find((item) => item.key === 'court_action_inadmissible')!.text.ps = { handout: 'سم شوی متن' };
    const step = buildHandout(corrected, fields, '2026-04-18', 'ps', pashto).steps.find((candidate) => candidate.key === 'court_action_inadmissible');
    expect(step?.text).toEqual({ text: 'سم شوی متن', language: 'ps', fallback: false });
  });
});

describe('summarizeChecklist', () => {
  it('counts done and overdue items and finds the next date to act by', () => {
    const items = checklistDueItems(
      { variant: 'regular', 'date.decisionServedOn': '2026-04-17', 'date.obstacleEndedOn': '2026-04-01', 'item.legal_help_contacted.done': true },
      courtAction,
      '2026-04-20',
    );
    const summary = summarizeChecklist(items);
    expect(summary.done).toBe(1);
    expect(summary.overdue).toBe(1); // the restoration request, 8 days after 1 April
    expect(summary.next?.key).toBe('court_action_regular');
    expect(summary.waitingForDate).toBe(1); // detention: no date entered
    expect(summary.total).toBe(items.length);
  });
});

describe('templateChanges', () => {
  it('names a changed day count, confidence, wording, and added and removed steps', () => {
    const after = editableCopy(courtAction);
    const inadmissible = after.items.find((item) => item.key === 'court_action_inadmissible')!;
    inadmissible.deadline!.rule = { kind: 'legalDaysAfter', days: 8 };
    inadmissible.confidence = 'H';
    inadmissible.text.en.label = 'Court action filed: 8 days';
    after.items = after.items.filter((item) => item.key !== 'supreme_court_appeal');
    after.items.push({ ...blankItem('new_step'), text: { en: { label: 'New', handout: 'New' }, sl: { label: 'Nov', handout: 'Nov' } } });
    after.contentCheckedOn = '2026-12-01';
    const kinds = templateChanges(courtAction, after).map((change) => change.kind);
    expect(kinds.slice(0, 2)).toEqual(['itemDeadline', 'itemConfidence']);
    expect(kinds).toEqual(expect.arrayContaining(['itemAdded', 'itemRemoved', 'itemText', 'contentCheckedOn']));
    const deadline = templateChanges(courtAction, after).find((change) => change.kind === 'itemDeadline');
    expect(deadline).toMatchObject({ before: { rule: { days: 3 } }, after: { rule: { days: 8 } } });
    const text = templateChanges(courtAction, after).find((change) => change.kind === 'itemText');
    expect(text).toMatchObject({ languages: ['en'] });
  });

  it('finds nothing between a template and its copy, and notices a new order', () => {
    expect(templateChanges(courtAction, editableCopy(courtAction))).toEqual([]);
    const moved = editableCopy(courtAction);
    moved.items = moveItem(moved.items, 0, 1);
    expect(templateChanges(courtAction, moved)).toEqual([{ kind: 'itemsReordered' }]);
  });
});

describe('template editor steps', () => {
  it('makes a safe, unique key for a new step from its label', () => {
    expect(newItemKey('Bank account opened', [])).toBe('bank_account_opened');
    expect(newItemKey('Bank account opened', ['bank_account_opened'])).toBe('bank_account_opened_2');
    expect(newItemKey('Prijava na Zavodu za zaposlovanje (ZRSZ)', [])).toBe('prijava_na_zavodu_za_zaposlovanje_zrsz');
    expect(newItemKey('تسجيل', [])).toBe('step');
    expect(newItemKey('2 documents', [])).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(newItemKey('x'.repeat(100), []).length).toBeLessThanOrEqual(48);
  });

  it('reads and sets a rule’s count in days or months', () => {
    expect(ruleCount({ kind: 'legalDaysAfter', days: 15 })).toBe(15);
    expect(withRuleCount({ kind: 'monthsBefore', months: 1 }, 2)).toEqual({ kind: 'monthsBefore', months: 2 });
    expect(withRuleCount({ kind: 'daysBefore', days: 30 }, 0)).toEqual({ kind: 'daysBefore', days: 0 });
  });

  it('moves an item and keeps the list when the move would leave it', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('finds translations an edit made outdated, and drops them on request', () => {
    const after = editableCopy(courtAction);
    const regular = after.items.find((item) => item.key === 'court_action_regular')!;
    regular.deadline!.rule = { kind: 'legalDaysAfter', days: 30 };
    const outdated = outdatedTranslations(courtAction, after);
    expect(outdated).toEqual([{ itemKey: 'court_action_regular', languages: ['ar', 'fa', 'uk'] }]);
    // A translation updated in the same edit is not outdated.
    regular.text.ar = { handout: 'نص جديد' };
    expect(outdatedTranslations(courtAction, after)[0]?.languages).toEqual(['fa', 'uk']);
    const dropped = dropTranslations(after, outdatedTranslations(courtAction, after));
    const droppedItem = dropped.items.find((item) => item.key === 'court_action_regular')!;
    expect(droppedItem.text.fa).toBeUndefined();
    expect(droppedItem.text.ar).toEqual({ handout: 'نص جديد' });
    expect(droppedItem.text.sl).toEqual(regular.text.sl);
  });

  it('marks a language reviewed by keeping its built-in texts as the team’s own, and back', async () => {
    const builtIn = { ps: (await loadBuiltInHandoutTexts('ps'))!, ur: (await loadBuiltInHandoutTexts('ur'))! };
    expect(unreviewedLanguagesOf(courtAction, builtIn)).toEqual(['ar', 'fa', 'uk', 'ps', 'ur']);
    const reviewed = markReviewed(courtAction, 'ps', true, builtIn);
    expect(unreviewedLanguagesOf(reviewed, builtIn)).toEqual(['ar', 'fa', 'uk', 'ur']);
    expect(reviewed.text.ps?.title).toBe(builtIn.ps['decision-court-action']?.title);
    expect(reviewed.items.every((item) => item.text.ps?.handout)).toBe(true);
    expect(templateDefinitionSchema.safeParse(reviewed).success).toBe(true);
    expect(templateChanges(courtAction, reviewed).length).toBeGreaterThan(0);
    const arabic = markReviewed(reviewed, 'ar', true, builtIn);
    expect(arabic.unreviewedLanguages).toEqual(['fa', 'uk']);
    // Unmarking keeps the texts (nothing typed is dropped) and brings the notice back.
    const again = markReviewed(arabic, 'ps', false, builtIn);
    expect(again.unreviewedLanguages).toEqual(['fa', 'uk', 'ps']);
    expect(again.text.ps).toEqual(reviewed.text.ps);
    expect(unreviewedLanguagesOf(again, builtIn)).toEqual(['fa', 'uk', 'ps', 'ur']);
  });

  it('keeps a correction that leaves the later languages alone readable by devices from before them', () => {
    const corrected = editableCopy(courtAction);
    corrected.items[0]!.text.en.handout = 'Keep the envelope.';
    const saved = JSON.stringify(templateDefinitionSchema.parse(corrected));
    for (const language of ['ru', 'sq', 'bs', 'fr', 'tr', 'ps', 'ur']) expect(saved).not.toContain(`"${language}"`);
  });

  it('says where a schema issue points', () => {
    expect(issuePlace(['items', 1, 'text', 'ps', 'handout'])).toEqual({ item: 1, field: 'handout', language: 'ps' });
    expect(issuePlace(['items', 3, 'text', 'sl', 'handout'])).toEqual({ item: 3, field: 'handout', language: 'sl' });
    expect(issuePlace(['contentCheckedOn'])).toEqual({ item: null, field: 'contentCheckedOn', language: null });
    expect(issuePlace(['items', 0, 'deadline', 'rule', 'days'])).toEqual({ item: 0, field: 'days', language: null });
  });
});

describe('keyDateWarning and committableDate', () => {
  it('questions event dates in the future and years far away', () => {
    expect(keyDateWarning('decisionServedOn', '2026-11-25', '2026-11-22')).toBe('inFuture');
    expect(keyDateWarning('permitExpiresOn', '2026-11-25', '2026-11-22')).toBeNull();
    expect(keyDateWarning('decisionServedOn', '2016-01-01', '2026-11-22')).toBe('longAgo');
    expect(keyDateWarning('residenceStartedOn', '2010-01-01', '2026-11-22')).toBeNull();
    expect(keyDateWarning('permitExpiresOn', '2062-01-01', '2026-11-22')).toBe('farAhead');
    expect(keyDateWarning('decisionServedOn', '2026-11-20', '2026-11-22')).toBeNull();
  });

  it('saves a date while typing only once its year is plausible', () => {
    expect(committableDate('0002-04-17')).toBe(false);
    expect(committableDate('0202-04-17')).toBe(false);
    expect(committableDate('2026-04-17')).toBe(true);
    expect(committableDate('2026-02-30')).toBe(false);
    expect(committableDate('')).toBe(true);
  });
});

describe('links and order', () => {
  it('puts only record ids into URLs', () => {
    expect(caseHref('c1')).toBe('/cases/c1');
    expect(checklistHref('c1', 'k1')).toBe('/cases/c1/checklists/k1');
    expect(handoutHref('c1', 'k1')).toBe('/cases/c1/checklists/k1/handout');
  });

  it('offers templates in the built-in order, coordinators’ own templates after', () => {
    const own = { ...editableCopy(courtAction), id: 'aaa-own' };
    const entries = [own, ...builtInTemplates].map((definition) => ({ template: definition, origin: { kind: 'builtIn' as const } }));
    const ids = inOfferOrder(entries).map((entry) => entry.template.id);
    expect(ids[0]).toBe(builtInTemplates[0]?.id);
    expect(ids.at(-1)).toBe('aaa-own');
  });
});
