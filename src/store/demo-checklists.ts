// Demo checklists (demo.ts `demoBuilders`): procedure checklists on the fictional demo cases,
// with key dates relative to today, so the case page, the Deadlines screen (one overdue,
// some due soon) and the client handout have something to show. Ticks are by a clearly
// fictional team member. Built-in template versions only (version 1 of each).
import { itemField, keyDateField } from '../domain/checklist.ts';
import type { KeyDateId } from '../domain/key-dates.ts';
import type { DemoBuilder, DemoLanguage } from './demo-builder.ts';

interface DemoChecklist {
  caseKey: string;
  templateId: string;
  variant?: string;
  /** Key dates, in days from today. */
  keyDates: Partial<Record<KeyDateId, number>>;
  /** Items ticked, in days from today. */
  done?: Record<string, number>;
  notes?: Record<string, Record<DemoLanguage, string>>;
}

const DEMO_TICKER = 'Demo: Counselor';

const demoChecklists: DemoChecklist[] = [
  {
    // "Decision served today" (the case's note): the 3-day court action is due very soon.
    caseKey: 'omar',
    templateId: 'decision-court-action',
    variant: 'inadmissible',
    keyDates: { decisionServedOn: 0 },
    done: { service_date_recorded: 0, decision_type_identified: 0 },
    notes: {
      legal_help_contacted: {
        en: 'Demo note: PIC asked for a copy of the decision.',
        sl: 'Demo opomba: PIC je prosil za kopijo odločbe.',
      },
    },
  },
  {
    caseKey: 'karim',
    templateId: 'subsidiary-protection-extension',
    keyDates: { protectionExpiresOn: 40 },
  },
  {
    // Moved in two weeks ago and not registered yet: the 8 days have passed (overdue even
    // when the last day moved off a weekend or a holiday).
    caseKey: 'olena',
    templateId: 'address-registration',
    keyDates: { movedInOn: -14 },
  },
  {
    caseKey: 'ana',
    templateId: 'ip-application',
    keyDates: { intentionExpressedOn: -44, applicationLodgedOn: -40 },
    done: { intention_expressed: -44, application_lodged: -40 },
  },
];

export const buildDemoChecklists: DemoBuilder = async (context) => {
  for (const checklist of demoChecklists) {
    const kase = context.cases.find((candidate) => candidate.key === checklist.caseKey);
    if (!kase) continue;
    const set: Record<string, unknown> = { templateId: checklist.templateId, templateVersion: 1 };
    if (checklist.variant) set.variant = checklist.variant;
    for (const [keyDate, days] of Object.entries(checklist.keyDates) as [KeyDateId, number][]) {
      set[keyDateField(keyDate)] = context.day(days);
    }
    for (const [itemKey, days] of Object.entries(checklist.done ?? {})) {
      set[itemField(itemKey, 'done')] = true;
      set[itemField(itemKey, 'doneBy')] = DEMO_TICKER;
      set[itemField(itemKey, 'doneOn')] = context.day(days);
    }
    for (const [itemKey, note] of Object.entries(checklist.notes ?? {})) {
      set[itemField(itemKey, 'note')] = note[context.language];
    }
    await context.create('checklist', kase.id, set);
  }
};
