// What the client handout shows, in the client's language: the open steps of a checklist
// with their due dates. Pure: the template, the checklist's fields, today and the language
// come in. Every text says which language it is really in, so a missing translation is
// shown in English WITH a marker, never silently (template-definition.ts `localizedText`).
import { checklistDueItems, type ChecklistDueItem } from '../../domain/checklist-due.ts';
import { readChecklist } from '../../domain/checklist.ts';
import {
  contentLanguages,
  localizedText,
  type ContentLanguage,
  type LocalizedText,
  type TemplateDefinition,
} from '../../domain/template-definition.ts';
import { withBuiltInHandoutTexts, type HandoutTextsByTemplate } from '../../domain/templates/handouts/index.ts';
import { directionOf } from '../language.ts';

/** Languages a handout can be given in (every template has en and sl; the rest are for handouts). */
export const handoutLanguages: readonly ContentLanguage[] = contentLanguages;

export interface HandoutStep {
  key: string;
  text: LocalizedText;
  due: ChecklistDueItem;
}

export interface Handout {
  language: ContentLanguage;
  dir: 'ltr' | 'rtl';
  title: LocalizedText;
  /**
   * The template's texts in this language have not been checked by a native speaker: the
   * template says so, or some text shown is a built-in one no coordinator has reviewed.
   */
  unreviewed: boolean;
  /** Open steps (not done) that apply, in the template's order. */
  steps: HandoutStep[];
  /** The soonest due date among the open steps someone must act by (overdue first). */
  mostUrgent: HandoutStep | null;
  doneCount: number;
  /** True when at least one text is shown in English instead. */
  anyFallback: boolean;
  /** The variant (kind of decision) chosen, in this language, if any. */
  variant: LocalizedText | null;
}

/**
 * `builtIn`: the built-in texts of `language` when they live in their own module
 * (templates/handouts/), loaded by the caller; they fill in where the template has no
 * text of its own.
 */
export function buildHandout(
  given: TemplateDefinition,
  fields: Record<string, unknown>,
  today: string,
  language: ContentLanguage,
  builtIn: HandoutTextsByTemplate | null = null,
): Handout {
  const { template, filled } = withBuiltInHandoutTexts(given, language, builtIn);
  const due = checklistDueItems(fields, template, today);
  const steps: HandoutStep[] = [];
  let doneCount = 0;
  for (const item of due) {
    if (item.state.done) {
      doneCount += 1;
      continue;
    }
    const text = localizedText(item.item.text, language, 'handout') ?? localizedText(item.item.text, language, 'label');
    if (text) steps.push({ key: item.key, text, due: item });
  }
  const title = localizedText(template.text, language, 'title') ?? { text: template.id, language: 'en', fallback: language !== 'en' };
  const view = readChecklist(fields);
  const variant = (template.variants ?? []).find((candidate) => candidate.id === view.variant);
  const variantText = variant ? localizedText(variant.text, language, 'label') : null;
  const mustAct = steps.filter(
    (step) => step.due.daysLeft !== null && (step.due.meaning === 'actBy' || step.due.meaning === 'authorityBy') && (step.due.daysLeft >= 0 || step.due.overdue),
  );
  const mostUrgent = mustAct.toSorted((a, b) => (a.due.daysLeft ?? 0) - (b.due.daysLeft ?? 0))[0] ?? null;
  return {
    language,
    dir: directionOf(language),
    title,
    unreviewed: filled > 0 || (template.unreviewedLanguages ?? []).some((unreviewed) => unreviewed === language),
    steps,
    mostUrgent,
    doneCount,
    anyFallback: title.fallback || steps.some((step) => step.text.fallback) || Boolean(variantText?.fallback),
    variant: variantText,
  };
}

export function isHandoutLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (handoutLanguages as readonly string[]).includes(value);
}
