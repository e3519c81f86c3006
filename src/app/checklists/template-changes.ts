// What changes between two versions of a template: shown before a coordinator saves a new
// version, and on a checklist before someone chooses "upgrade to version N". Pure.
import type { ItemDeadline, TemplateDefinition, TemplateItem } from '../../domain/template-definition.ts';
import { contentLanguages, type ContentLanguage } from '../../domain/template-definition.ts';
import type { KeyDateId } from '../../domain/key-dates.ts';
import { jsonEqual } from '../../domain/json-equal.ts';

export type TemplateChange =
  | { kind: 'title'; languages: ContentLanguage[] }
  | { kind: 'summary'; languages: ContentLanguage[] }
  | { kind: 'contentCheckedOn'; before: string; after: string }
  | { kind: 'keyDateAdded'; keyDate: KeyDateId }
  | { kind: 'keyDateRemoved'; keyDate: KeyDateId }
  | { kind: 'variantAdded'; variantId: string; after: TemplateDefinition }
  | { kind: 'variantRemoved'; variantId: string; before: TemplateDefinition }
  | { kind: 'itemAdded'; item: TemplateItem }
  | { kind: 'itemRemoved'; item: TemplateItem }
  | { kind: 'itemDeadline'; item: TemplateItem; before: ItemDeadline | null; after: ItemDeadline | null }
  | { kind: 'itemConfidence'; item: TemplateItem; before: string; after: string }
  | { kind: 'itemText'; item: TemplateItem; languages: ContentLanguage[] }
  | { kind: 'itemSources'; item: TemplateItem }
  | { kind: 'itemVariants'; item: TemplateItem }
  | { kind: 'itemsReordered' }
  | { kind: 'unreviewedLanguages'; before: string[]; after: string[] };

/**
 * The changes from `before` to `after`, most consequential first: deadlines and
 * confidence, then items added or removed, then wording. An item is the same item when
 * it keeps its key (its state on a checklist is stored under that key).
 */
export function templateChanges(before: TemplateDefinition, after: TemplateDefinition): TemplateChange[] {
  const changes: TemplateChange[] = [];
  const beforeItems = new Map(before.items.map((item) => [item.key, item]));
  const afterItems = new Map(after.items.map((item) => [item.key, item]));

  for (const item of after.items) {
    const old = beforeItems.get(item.key);
    if (!old) continue;
    if (!jsonEqual(old.deadline ?? null, item.deadline ?? null)) {
      changes.push({ kind: 'itemDeadline', item, before: old.deadline ?? null, after: item.deadline ?? null });
    }
    if (old.confidence !== item.confidence) changes.push({ kind: 'itemConfidence', item, before: old.confidence, after: item.confidence });
  }
  for (const item of after.items) if (!beforeItems.has(item.key)) changes.push({ kind: 'itemAdded', item });
  for (const item of before.items) if (!afterItems.has(item.key)) changes.push({ kind: 'itemRemoved', item });

  for (const keyDate of after.keyDates) if (!before.keyDates.includes(keyDate)) changes.push({ kind: 'keyDateAdded', keyDate });
  for (const keyDate of before.keyDates) if (!after.keyDates.includes(keyDate)) changes.push({ kind: 'keyDateRemoved', keyDate });
  const beforeVariants = new Set((before.variants ?? []).map((variant) => variant.id));
  const afterVariants = new Set((after.variants ?? []).map((variant) => variant.id));
  for (const id of afterVariants) if (!beforeVariants.has(id)) changes.push({ kind: 'variantAdded', variantId: id, after });
  for (const id of beforeVariants) if (!afterVariants.has(id)) changes.push({ kind: 'variantRemoved', variantId: id, before });

  for (const item of after.items) {
    const old = beforeItems.get(item.key);
    if (!old) continue;
    const languages = changedLanguages(old.text, item.text);
    if (languages.length > 0) changes.push({ kind: 'itemText', item, languages });
    if (!jsonEqual(old.basis, item.basis) || !jsonEqual(old.sources, item.sources)) changes.push({ kind: 'itemSources', item });
    if (!jsonEqual(old.variants ?? null, item.variants ?? null)) changes.push({ kind: 'itemVariants', item });
  }
  const kept = after.items.filter((item) => beforeItems.has(item.key)).map((item) => item.key);
  const keptBefore = before.items.filter((item) => afterItems.has(item.key)).map((item) => item.key);
  if (!jsonEqual(kept, keptBefore)) changes.push({ kind: 'itemsReordered' });

  const title = changedLanguages(pick(before.text, 'title'), pick(after.text, 'title'));
  if (title.length > 0) changes.push({ kind: 'title', languages: title });
  const summary = changedLanguages(pick(before.text, 'summary'), pick(after.text, 'summary'));
  if (summary.length > 0) changes.push({ kind: 'summary', languages: summary });
  if (before.contentCheckedOn !== after.contentCheckedOn) {
    changes.push({ kind: 'contentCheckedOn', before: before.contentCheckedOn, after: after.contentCheckedOn });
  }
  const unreviewedBefore = [...(before.unreviewedLanguages ?? [])].toSorted();
  const unreviewedAfter = [...(after.unreviewedLanguages ?? [])].toSorted();
  if (!jsonEqual(unreviewedBefore, unreviewedAfter)) {
    changes.push({ kind: 'unreviewedLanguages', before: unreviewedBefore, after: unreviewedAfter });
  }
  return changes;
}

type Texts = Partial<Record<ContentLanguage, unknown>>;

function changedLanguages(before: Texts, after: Texts): ContentLanguage[] {
  return contentLanguages.filter((language) => !jsonEqual(before[language] ?? null, after[language] ?? null));
}

function pick(texts: TemplateDefinition['text'], field: 'title' | 'summary'): Texts {
  const out: Texts = {};
  for (const language of contentLanguages) {
    const value = texts[language]?.[field];
    if (value !== undefined) out[language] = value;
  }
  return out;
}
