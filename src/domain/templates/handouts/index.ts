// The built-in templates' client texts in the handout languages added after ar, fa and uk.
// Each language is its own module (<lang>.ts), imported only when a handout or the
// template editor asks for that language, so nobody who opens a checklist loads seven
// languages they do not need. A module holds, per built-in template id, the title, the
// variant labels and every item's handout text, translated from the built-in English.
//
// These texts are machine-written: a handout showing any of them says "not yet reviewed"
// in that language. A coordinator who reviews or corrects them saves them into the
// team's template (template editor), where they then live like every other text.
import { jsonEqual } from '../../json-equal.ts';
import type { ContentLanguage, TemplateDefinition } from '../../template-definition.ts';
import { builtInTemplates } from '../index.ts';

/** Handout languages whose built-in texts live in their own module. */
export const builtInHandoutLanguages = ['ru', 'sq', 'bs', 'fr', 'tr', 'ps', 'ur'] as const;
export type BuiltInHandoutLanguage = (typeof builtInHandoutLanguages)[number];

export type { HandoutTextsByTemplate, TemplateHandoutTexts } from './texts-shape.ts';
import type { HandoutTextsByTemplate, TemplateHandoutTexts } from './texts-shape.ts';

const modules: Record<BuiltInHandoutLanguage, () => Promise<{ default: HandoutTextsByTemplate }>> = {
  ru: () => import('./ru.ts'),
  sq: () => import('./sq.ts'),
  bs: () => import('./bs.ts'),
  fr: () => import('./fr.ts'),
  tr: () => import('./tr.ts'),
  ps: () => import('./ps.ts'),
  ur: () => import('./ur.ts'),
};

export function isBuiltInHandoutLanguage(language: string): language is BuiltInHandoutLanguage {
  return (builtInHandoutLanguages as readonly string[]).includes(language);
}

/** The built-in texts of `language`, or null for a language whose texts are inline (en … uk). */
export async function loadBuiltInHandoutTexts(language: string): Promise<HandoutTextsByTemplate | null> {
  if (!isBuiltInHandoutLanguage(language)) return null;
  return (await modules[language]()).default;
}

/**
 * The built-in texts that still say what `template` says: a text counts only where the
 * template's English (and, for an item, its deadline) is still the built-in English it
 * was translated from. A coordinator who rewrote an item thus gets the new English,
 * visibly marked, on the handout, never an old translation of the old wording.
 */
export function applicableHandoutTexts(template: TemplateDefinition, texts: HandoutTextsByTemplate | null): Partial<TemplateHandoutTexts> {
  const own = texts?.[template.id];
  const original = builtInTemplates.find((candidate) => candidate.id === template.id);
  if (!own || !original) return {};
  const result: Partial<TemplateHandoutTexts> = { items: {} };
  if (template.text.en.title === original.text.en.title) result.title = own.title;
  for (const variant of template.variants ?? []) {
    const before = original.variants?.find((candidate) => candidate.id === variant.id);
    const label = own.variants?.[variant.id];
    if (label && before && before.text.en.label === variant.text.en.label) (result.variants ??= {})[variant.id] = label;
  }
  for (const item of template.items) {
    const before = original.items.find((candidate) => candidate.key === item.key);
    const text = own.items[item.key];
    if (!text || !before) continue;
    if (before.text.en.handout !== item.text.en.handout || !jsonEqual(before.deadline ?? null, item.deadline ?? null)) continue;
    (result.items as Record<string, string>)[item.key] = text;
  }
  return result;
}

export interface FilledTemplate {
  template: TemplateDefinition;
  /** How many texts came from the built-in (unreviewed) module. */
  filled: number;
}

/**
 * `template` with the applicable built-in texts in `language` filled in wherever the
 * template has no text of its own there. The team's own texts (corrections) always win.
 */
export function withBuiltInHandoutTexts(template: TemplateDefinition, language: ContentLanguage, texts: HandoutTextsByTemplate | null): FilledTemplate {
  const applicable = applicableHandoutTexts(template, texts);
  let filled = 0;
  const copy = structuredClone(template);
  const fill = (holder: Record<string, Record<string, string> | undefined>, field: string, value: string | undefined) => {
    if (!value || holder[language]?.[field]?.trim()) return;
    holder[language] = { ...holder[language], [field]: value };
    filled += 1;
  };
  fill(copy.text as never, 'title', applicable.title);
  for (const variant of copy.variants ?? []) fill(variant.text as never, 'label', applicable.variants?.[variant.id]);
  for (const item of copy.items) fill(item.text as never, 'handout', applicable.items?.[item.key]);
  return { template: filled > 0 ? copy : template, filled };
}
