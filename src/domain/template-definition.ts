// The shape of a checklist template: the content that changes with the law, kept as
// versioned data (DOMAIN-SI.md, ARCHITECTURE.md). The built-in templates in
// src/domain/templates/ and the templates coordinators edit on the device (`template`
// records, field `definition`) are validated by this one schema.
import { z } from 'zod';
import { plainDateSchema } from './dates.ts';
import { deadlineRuleSchema, legalBasisSchema } from './deadlines.ts';
import { keyDateIdSchema } from './key-dates.ts';
import { boundedInt, choice, multiLineText, singleLineText, uniqueList, validationMessages } from './validation.ts';

import { contentLanguages, handoutOnlyLanguages, type ContentLanguage, type HandoutOnlyLanguage } from './content-languages.ts';

export { contentLanguages, handoutOnlyLanguages, type ContentLanguage, type HandoutOnlyLanguage };

/** H high, M medium, L low (DOMAIN-SI.md). M and L show a "verify" badge with the source. */
export const confidenceLevels = ['H', 'M', 'L'] as const;
export type Confidence = (typeof confidenceLevels)[number];

/**
 * What the computed date means, so the UI can word it and decide what is overdue:
 * - actBy: the person must act by then (overdue when past and not done);
 * - authorityBy: the authority should act by then (past = the authority is late);
 * - endsOn: an entitlement ends (e.g. the integration house);
 * - availableFrom: a right starts (e.g. access to work).
 */
export const dateMeanings = ['actBy', 'authorityBy', 'endsOn', 'availableFrom'] as const;
export type DateMeaning = (typeof dateMeanings)[number];

export const templateLimits = {
  id: 64,
  itemKey: 48,
  items: 80,
  variants: 12,
  title: 200,
  summary: 2000,
  label: 300,
  handout: 1500,
  details: 4000,
  sourceTitle: 200,
  url: 500,
  basis: 8,
  sources: 8,
} as const;

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Item keys become parts of field names (`item.<key>.done`): no dots, no spaces. */
export const ITEM_KEY = /^[a-z][a-z0-9_]*$/;

export const templateIdSchema = z
  .string({ error: validationMessages.invalidId })
  .max(templateLimits.id, validationMessages.tooLong)
  .regex(SLUG, validationMessages.invalidId);

export const itemKeySchema = z
  .string({ error: validationMessages.invalidId })
  .max(templateLimits.itemKey, validationMessages.tooLong)
  .regex(ITEM_KEY, validationMessages.invalidId);

export const variantIdSchema = z
  .string({ error: validationMessages.invalidId })
  .max(templateLimits.itemKey, validationMessages.tooLong)
  .regex(ITEM_KEY, validationMessages.invalidId);

export const templateVersionSchema = boundedInt(1, 1_000_000);

/** Sources are shown as links, never loaded by the app. Only https. */
export const sourceSchema = z.strictObject({
  url: z
    .string({ error: validationMessages.invalid })
    .max(templateLimits.url, validationMessages.tooLong)
    .regex(/^https:\/\/[^\s/$.?#][^\s]*$/, validationMessages.invalid),
  title: singleLineText(templateLimits.sourceTitle, 1),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * A text in every language: en and sl complete, the handout languages optional and
 * possibly partial. Strict: a device from before a language was added refuses a template
 * holding it (template.ts then leaves that version out of its catalog), so templates keep
 * a newer language's texts only once a coordinator has corrected or reviewed them.
 */
function translations<T extends z.ZodObject>(complete: T) {
  const partial = complete.partial().optional();
  return z.strictObject({
    en: complete,
    sl: complete,
    ar: partial,
    fa: partial,
    uk: partial,
    ru: partial,
    sq: partial,
    bs: partial,
    fr: partial,
    tr: partial,
    ps: partial,
    ur: partial,
  });
}

const templateTextSchema = z.strictObject({
  title: singleLineText(templateLimits.title, 1),
  summary: multiLineText(templateLimits.summary).optional(),
});

const itemTextSchema = z.strictObject({
  /** For the counselor, in the checklist. */
  label: singleLineText(templateLimits.label, 1),
  /** For the client, in plain words, on the handout. */
  handout: multiLineText(templateLimits.handout).min(1, validationMessages.required),
  /** Background for the counselor: conditions, older rules, what to check. */
  details: multiLineText(templateLimits.details).optional(),
});

const variantTextSchema = z.strictObject({ label: singleLineText(templateLimits.label, 1) });

export const itemDeadlineSchema = z.strictObject({
  keyDate: keyDateIdSchema,
  rule: deadlineRuleSchema,
  meaning: choice(dateMeanings),
  /** A recommended date, not a legal deadline (e.g. apply 1 month before a permit expires). */
  recommendation: z.boolean().optional(),
  /** The acts that set this period, when narrower than the item's basis. */
  basis: z.array(legalBasisSchema).min(1).max(templateLimits.basis).optional(),
});
export type ItemDeadline = z.infer<typeof itemDeadlineSchema>;

export const templateItemSchema = z.strictObject({
  key: itemKeySchema,
  text: translations(itemTextSchema),
  basis: z.array(legalBasisSchema).min(1, validationMessages.required).max(templateLimits.basis),
  sources: z.array(sourceSchema).min(1, validationMessages.required).max(templateLimits.sources),
  confidence: choice(confidenceLevels),
  deadline: itemDeadlineSchema.optional(),
  /** Only for these variants (e.g. the 8-day action only after an accelerated procedure). */
  variants: uniqueList(variantIdSchema, templateLimits.variants).optional(),
});
export type TemplateItem = z.infer<typeof templateItemSchema>;

export const templateVariantSchema = z.strictObject({
  id: variantIdSchema,
  text: translations(variantTextSchema),
});

export const templateDefinitionSchema = z
  .strictObject({
    id: templateIdSchema,
    version: templateVersionSchema,
    /** The day someone last checked the content against the sources. */
    contentCheckedOn: plainDateSchema,
    category: choice(['internationalProtection', 'residence', 'integration', 'practical']),
    text: translations(templateTextSchema),
    /** The dates this checklist asks for, in form order. */
    keyDates: uniqueList(keyDateIdSchema, 20),
    variants: z.array(templateVariantSchema).max(templateLimits.variants).optional(),
    items: z.array(templateItemSchema).min(1, validationMessages.required).max(templateLimits.items),
    /** Handout languages whose text no native speaker has checked yet (the UI says so). */
    unreviewedLanguages: uniqueList(choice(handoutOnlyLanguages), handoutOnlyLanguages.length).optional(),
  })
  .superRefine((template, ctx) => {
    const keys = new Set<string>();
    const variants = new Set((template.variants ?? []).map((v) => v.id));
    if (variants.size !== (template.variants ?? []).length) {
      ctx.addIssue({ code: 'custom', path: ['variants'], message: validationMessages.duplicate });
    }
    template.items.forEach((item, index) => {
      if (keys.has(item.key)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'key'], message: validationMessages.duplicate });
      }
      keys.add(item.key);
      if (item.deadline && !template.keyDates.includes(item.deadline.keyDate)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'deadline', 'keyDate'], message: validationMessages.invalidChoice });
      }
      for (const variant of item.variants ?? []) {
        if (!variants.has(variant)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, 'variants'], message: validationMessages.invalidChoice });
        }
      }
    });
  });

export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;
/** What a data file writes: the same shape, checked by the schema in a test. */
export type TemplateDefinitionInput = z.input<typeof templateDefinitionSchema>;

export function needsVerification(item: Pick<TemplateItem, 'confidence'>): boolean {
  return item.confidence !== 'H';
}

export interface LocalizedText {
  text: string;
  /** The language the text is actually in. */
  language: ContentLanguage;
  /** True when the requested language had no text and English is shown instead. */
  fallback: boolean;
}

type TextsOf<T> = { en: T; sl: T } & { [L in HandoutOnlyLanguage]?: Partial<T> | undefined };

/**
 * A text in `language`, or the English text with `fallback: true` (the UI shows the
 * fallback visibly, never silently). An unknown language falls back to English too.
 * Returns null only when even English lacks this (optional) field.
 */
export function localizedText<T extends Record<string, string | undefined>, K extends keyof T & string>(
  texts: TextsOf<T>,
  language: string,
  field: K,
): LocalizedText | null {
  const own = isContentLanguage(language) ? (texts[language] as Partial<T> | undefined)?.[field] : undefined;
  if (typeof own === 'string' && own.trim() !== '') {
    return { text: own, language: language as ContentLanguage, fallback: false };
  }
  const english = texts.en[field];
  if (typeof english !== 'string' || english.trim() === '') return null;
  return { text: english, language: 'en', fallback: language !== 'en' };
}

export function isContentLanguage(value: string): value is ContentLanguage {
  return (contentLanguages as readonly string[]).includes(value);
}
