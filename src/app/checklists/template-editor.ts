// The template editor's pure steps: a working copy, new items with safe keys, day counts,
// translations that an edit made outdated, and where a validation issue points. The
// screen (TemplateEditScreen.tsx) only wires these to inputs.
import type { DeadlineRule } from '../../domain/deadlines.ts';
import { jsonEqual } from '../../domain/json-equal.ts';
import {
  contentLanguages,
  handoutOnlyLanguages,
  templateLimits,
  type ContentLanguage,
  type HandoutOnlyLanguage,
  type TemplateDefinition,
  type TemplateItem,
} from '../../domain/template-definition.ts';
import { withBuiltInHandoutTexts, type BuiltInHandoutLanguage, type HandoutTextsByTemplate } from '../../domain/templates/handouts/index.ts';

/** A deep copy without `undefined` keys, so equality checks see only real changes. */
export function editableCopy(template: TemplateDefinition): TemplateDefinition {
  return JSON.parse(JSON.stringify(template)) as TemplateDefinition;
}

/**
 * A key for a new item: from its English label ("Bank account opened" ->
 * `bank_account_opened`), unique among `taken`. Keys become field names on checklists
 * (`item.<key>.done`) and never change once saved.
 */
export function newItemKey(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const ascii = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');
  const base = (ascii || 'step').slice(0, templateLimits.itemKey - 4).replace(/_+$/, '');
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** A new, empty item; the coordinator fills in texts, basis and source before saving. */
export function blankItem(key: string): TemplateItem {
  return {
    key,
    text: { en: { label: '', handout: '' }, sl: { label: '', handout: '' } },
    basis: [{ act: '' }],
    sources: [{ url: 'https://', title: '' }],
    confidence: 'M',
  };
}

/** The number a rule counts (days or months). */
export function ruleCount(rule: DeadlineRule): number {
  return rule.kind === 'legalDaysAfter' || rule.kind === 'daysBefore' ? rule.days : rule.months;
}

export function ruleUnit(rule: DeadlineRule): 'days' | 'months' {
  return rule.kind === 'legalDaysAfter' || rule.kind === 'daysBefore' ? 'days' : 'months';
}

/** The same rule with another count; a non-number is kept as is so the schema reports it. */
export function withRuleCount(rule: DeadlineRule, count: number): DeadlineRule {
  return rule.kind === 'legalDaysAfter' || rule.kind === 'daysBefore' ? { ...rule, days: count } : { ...rule, months: count };
}

export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}

export interface OutdatedTranslation {
  itemKey: string;
  /** Handout languages whose text stayed the same while the English text or the rule changed. */
  languages: ContentLanguage[];
}

/**
 * Items whose English text or deadline changed while their text in a handout language
 * did not: those texts may now say something else (e.g. "15 days" after the count
 * became 8). The editor offers to drop them, so the handout shows the new English text,
 * visibly marked, instead of an old translation.
 */
export function outdatedTranslations(before: TemplateDefinition, after: TemplateDefinition): OutdatedTranslation[] {
  const old = new Map(before.items.map((item) => [item.key, item]));
  const result: OutdatedTranslation[] = [];
  for (const item of after.items) {
    const previous = old.get(item.key);
    if (!previous) continue;
    const englishChanged = !jsonEqual(previous.text.en, item.text.en);
    const ruleChanged = !jsonEqual(previous.deadline ?? null, item.deadline ?? null);
    if (!englishChanged && !ruleChanged) continue;
    const languages = handoutOnlyLanguages.filter(
      (language) => item.text[language] !== undefined && jsonEqual(previous.text[language] ?? null, item.text[language] ?? null),
    );
    if (languages.length > 0) result.push({ itemKey: item.key, languages: [...languages] });
  }
  return result;
}

/** The template without the given items' texts in the given languages. */
export function dropTranslations(template: TemplateDefinition, outdated: readonly OutdatedTranslation[]): TemplateDefinition {
  const copy = editableCopy(template);
  for (const { itemKey, languages } of outdated) {
    const item = copy.items.find((candidate) => candidate.key === itemKey);
    if (!item) continue;
    for (const language of languages) delete (item.text as Record<string, unknown>)[language];
  }
  return copy;
}

/** Where a schema issue points, in the editor's terms. */
export interface IssuePlace {
  /** 0-based item index, or null for the template's own fields. */
  item: number | null;
  /** The field's name in the last part of the path (`handout`, `url`, `days`, …). */
  field: string;
  language: ContentLanguage | null;
}

const LANGUAGE = new RegExp(`^(${contentLanguages.join('|')})$`);

export function issuePlace(path: readonly (string | number)[]): IssuePlace {
  const itemIndex = path[0] === 'items' && typeof path[1] === 'number' ? path[1] : null;
  const language = path.find((part): part is ContentLanguage => typeof part === 'string' && LANGUAGE.test(part)) ?? null;
  const field = path.toReversed().find((part): part is string => typeof part === 'string' && !LANGUAGE.test(part)) ?? '';
  return { item: itemIndex, field, language };
}

/** The built-in texts of the handout languages that have their own module, as loaded. */
export type BuiltInTexts = Partial<Record<BuiltInHandoutLanguage, HandoutTextsByTemplate>>;

/**
 * Handout languages not yet reviewed by a native speaker: those the template marks so,
 * and those in which it would still show a built-in (machine-written) text.
 */
export function unreviewedLanguagesOf(template: TemplateDefinition, builtIn: BuiltInTexts): HandoutOnlyLanguage[] {
  const marked = new Set<string>(template.unreviewedLanguages ?? []);
  return handoutOnlyLanguages.filter(
    (language) => marked.has(language) || withBuiltInHandoutTexts(template, language, builtIn[language as BuiltInHandoutLanguage] ?? null).filled > 0,
  );
}

/**
 * Marks a language's handout texts reviewed (`reviewed` true) or not. Reviewing makes the
 * built-in texts the coordinator has just read the team's own (saved in the template, so
 * a later app update cannot change a reviewed text under the team); the mark goes.
 */
export function markReviewed(template: TemplateDefinition, language: HandoutOnlyLanguage, reviewed: boolean, builtIn: BuiltInTexts): TemplateDefinition {
  const copy = reviewed ? editableCopy(withBuiltInHandoutTexts(template, language, builtIn[language as BuiltInHandoutLanguage] ?? null).template) : editableCopy(template);
  const marked = new Set<string>(copy.unreviewedLanguages ?? []);
  if (reviewed) marked.delete(language);
  else marked.add(language);
  const next = handoutOnlyLanguages.filter((code) => marked.has(code));
  if (next.length > 0) copy.unreviewedLanguages = next;
  else delete copy.unreviewedLanguages;
  return copy;
}
