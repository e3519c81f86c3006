// The `checklists` namespace: en and sl complete (the shared locale test checks sl),
// Arabic and Persian complete, every language only handouts speak complete for everything
// the client handout says, and every key the screens use exists in English. A handout rendered through a real
// i18next instance in each handout language shows no raw keys and no silent English.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildHandout, handoutLanguages } from '../../../../src/app/checklists/handout.ts';
import { renderExplanation } from '../../../../src/app/checklists/explanation.ts';
import { daysLeftKey } from '../../../../src/app/format.ts';
import type { TemplateDefinition } from '../../../../src/domain/template-definition.ts';
import { builtInTemplates } from '../../../../src/domain/templates/index.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function load(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(root, 'locales', language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

function flatten(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

const bases = (language: string) => new Set(flatten(load(language, 'checklists')).map((key) => key.replace(PLURAL, '')));
const english = bases('en');

/** What the handout itself says (in the client's language). */
const handoutKeys = [...english].filter(
  (key) => /^(handout\.|daysLeft\.|inEnglish)/.test(key) || key === 'explanationSeparator' || key === 'dueLine',
).filter((key) => !/^handout\.(language|languageHint|print|back|loading)$/.test(key));

/** Languages only handouts speak: their locale files hold just what a handout says. */
const handoutOnly = ['uk', 'fr', 'tr', 'ps', 'ur'];

describe('checklists locale files', () => {
  it.each(['ar', 'fa'])('%s has every English key', (language) => {
    expect([...english].filter((key) => !bases(language).has(key))).toEqual([]);
  });

  it.each(handoutOnly)('%s has every key the handout shows', (language) => {
    expect(handoutKeys.length).toBeGreaterThan(15);
    expect(handoutKeys.filter((key) => !bases(language).has(key))).toEqual([]);
  });

  it('has every key the checklist screens ask for by name', () => {
    const used = new Set<string>();
    const dir = path.join(root, 'src/app/checklists');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
        const key = match[1] as string;
        if (key.includes(':') && !key.startsWith('checklists:')) continue;
        used.add(key.replace(/^checklists:/, ''));
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });
});

describe('a handout through i18next in every handout language', () => {
  const courtAction = builtInTemplates.find((template) => template.id === 'decision-court-action') as TemplateDefinition;
  const fields = { variant: 'regular', 'date.decisionServedOn': '2026-04-17', 'item.service_date_recorded.done': true };

  // Every handout language is rendered here: UI languages (ru, sq, bs among them) have
  // complete files, handout-only languages the keys a handout shows.
  const rendered = [...handoutLanguages];

  it('has locale files for every handout language', () => {
    expect(rendered.filter((language) => !existsSync(path.join(root, 'locales', language)))).toEqual([]);
    expect(rendered).toEqual(expect.arrayContaining(['en', 'sl', 'ar', 'fa', 'ru', 'sq', 'bs', ...handoutOnly]));
  });

  it.each(rendered)('%s: no raw keys, dates and rules in that language', async (language) => {
    const resources: Record<string, Record<string, Record<string, unknown>>> = {};
    for (const lang of new Set(['en', language])) {
      resources[lang] = { checklists: load(lang, 'checklists'), deadlines: load(lang, 'deadlines') };
    }
    const instance = i18next.createInstance();
    await instance.init({ lng: language, fallbackLng: 'en', resources, interpolation: { escapeValue: false }, ns: ['checklists', 'deadlines'] });
    const t = instance.getFixedT(language, 'checklists');
    const translate = (key: string, options?: Record<string, unknown>) => t(key, options as never) as unknown as string;
    const handout = buildHandout(courtAction, fields, '2026-04-20', language);
    const step = handout.steps.find((candidate) => candidate.key === 'court_action_regular');
    if (!step?.due.explanation) throw new Error('no court action step');
    const texts = [
      renderExplanation(step.due.explanation, translate, language),
      translate('dueLine', { meaning: translate(`deadlines:meaning.${step.due.meaning}`), date: '4' }),
      translate(daysLeftKey(14, false).key, { count: 14 }),
      ...['handout.nextSteps', 'handout.mostUrgent', 'handout.disclaimer', 'handout.confirmWithAdviser', 'handout.overdue'].map((key) =>
        translate(key),
      ),
      translate('handout.doneCount', { count: handout.doneCount }),
      translate('handout.prepared', { date: 'x' }),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/(^|\s)(handout|daysLeft|deadlines|rule|basis|moved)[.:]/);
      expect(text).not.toContain('{{');
    }
    if (language === 'fa' || language === 'ps') {
      // Persian and Pashto write Eastern Arabic digits for counts, as Intl writes the dates.
      expect(translate('daysLeft.inDays', { count: 3 })).toContain('۳');
    }
    if (language !== 'en') {
      // Nothing the handout says falls back to English silently.
      const englishT = instance.getFixedT('en', 'checklists');
      expect(translate('handout.nextSteps')).not.toBe(englishT('handout.nextSteps'));
      expect(translate('handout.disclaimer')).not.toBe(englishT('handout.disclaimer'));
    }
  });
});
