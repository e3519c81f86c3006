// Reminders 3 days and 1 day before a court action or appeal runs out, and for nothing else.
import { describe, expect, it } from 'vitest';
import { isRemedyDeadline, legalReminderStage } from '../../../src/domain/legal-reminders.ts';
import type { TemplateDefinition } from '../../../src/domain/template-definition.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';

const courtAction = builtInTemplates.find((template) => template.id === 'decision-court-action') as TemplateDefinition;
const item = (key: string) => courtAction.items.find((candidate) => candidate.key === key)!;
const due = (key: string, daysLeft: number, overdue = daysLeft < 0) => ({ item: item(key), meaning: item(key).deadline!.meaning, daysLeft, overdue });

describe('legal deadline reminders', () => {
  it('count court actions against a decision or a detention order as remedies, not the restoration of a missed deadline', () => {
    expect(isRemedyDeadline(due('court_action_regular', 10))).toBe(true);
    expect(isRemedyDeadline(due('court_action_detention', 10))).toBe(true);
    expect(isRemedyDeadline(due('missed_deadline_restoration', 10))).toBe(false);
  });

  it('remind from 3 days before, again from the day before to the last day, and stop once it passed', () => {
    expect([5, 4, 3, 2, 1, 0, -1].map((days) => legalReminderStage(due('court_action_regular', days)))).toEqual([null, null, 3, 3, 1, 1, null]);
  });

  it('never remind about other deadlines', () => {
    const address = builtInTemplates.find((template) => template.id === 'address-registration')!;
    const registered = address.items.find((candidate) => candidate.key === 'address_registered')!;
    expect(legalReminderStage({ item: registered, meaning: registered.deadline!.meaning, daysLeft: 1, overdue: false })).toBeNull();
  });
});
