// The built-in templates' client texts in the handout languages that live in modules of
// their own (src/domain/templates/handouts/): each module covers every built-in template,
// every item and every variant, names nothing unknown, and stays within the template
// limits; and the rules that put those texts on a handout (the team's own text wins, a
// text translated from English the team has since changed is not used).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLanguages, handoutOnlyLanguages, templateDefinitionSchema, templateLimits, type TemplateDefinition } from '../../../src/domain/template-definition.ts';
import {
  applicableHandoutTexts,
  builtInHandoutLanguages,
  loadBuiltInHandoutTexts,
  withBuiltInHandoutTexts,
  type HandoutTextsByTemplate,
} from '../../../src/domain/templates/handouts/index.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';

const inline = ['ar', 'fa', 'uk'];

describe('handout languages', () => {
  it('are the twelve of the issue, the later ones each in a module of its own', () => {
    expect(contentLanguages).toEqual(['en', 'sl', 'ar', 'fa', 'uk', 'ru', 'sq', 'bs', 'fr', 'tr', 'ps', 'ur']);
    expect([...inline, ...builtInHandoutLanguages].toSorted()).toEqual([...handoutOnlyLanguages].toSorted());
  });
});

describe('loading', () => {
  it('imports a language module only on demand: no source file imports one statically', () => {
    const src = path.resolve(import.meta.dirname, '../../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|tsx)$/.test(file));
    const language = new RegExp(`^(?:import|export)[^;]*from\\s+['"][^'"]*handouts/(?:${builtInHandoutLanguages.join('|')})\\.ts['"]`, 'm');
    const sibling = new RegExp(`^(?:import|export)[^;]*from\\s+['"]\\./(?:${builtInHandoutLanguages.join('|')})\\.ts['"]`, 'm');
    const offenders = files.filter((file) => {
      const text = readFileSync(path.join(src, file), 'utf8');
      return language.test(text) || (file.includes('handouts') && sibling.test(text));
    });
    expect(files.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });

  it('has nothing to load for the languages whose texts are inline', async () => {
    expect(await loadBuiltInHandoutTexts('ar')).toBeNull();
    expect(await loadBuiltInHandoutTexts('en')).toBeNull();
  });
});

describe.each(builtInHandoutLanguages)('built-in handout texts in %s', (language) => {
  const load = async () => (await loadBuiltInHandoutTexts(language)) as HandoutTextsByTemplate;

  it('cover every built-in template, item and variant, and nothing else', async () => {
    const texts = await load();
    expect(Object.keys(texts).toSorted()).toEqual(builtInTemplates.map((template) => template.id).toSorted());
    for (const template of builtInTemplates) {
      const own = texts[template.id];
      expect(Object.keys(own?.items ?? {}).toSorted(), template.id).toEqual(template.items.map((item) => item.key).toSorted());
      expect(Object.keys(own?.variants ?? {}).toSorted(), template.id).toEqual((template.variants ?? []).map((variant) => variant.id).toSorted());
    }
  });

  it('fit the template limits and say something in every text', async () => {
    for (const [id, own] of Object.entries(await load())) {
      const texts = [own.title, ...Object.values(own.variants ?? {}), ...Object.values(own.items)];
      for (const text of texts) {
        expect(text.trim(), id).not.toBe('');
        expect(text, id).not.toMatch(/\{\{|\}\}|\n/);
      }
      expect(own.title.length, id).toBeLessThanOrEqual(templateLimits.title);
      for (const label of Object.values(own.variants ?? {})) expect(label.length, id).toBeLessThanOrEqual(templateLimits.label);
      for (const handout of Object.values(own.items)) expect(handout.length, id).toBeLessThanOrEqual(templateLimits.handout);
    }
  });

  it('make a valid template when filled in (the editor saves them so once reviewed)', async () => {
    const texts = await load();
    for (const template of builtInTemplates) {
      const filled = withBuiltInHandoutTexts(template, language, texts);
      expect(filled.filled, template.id).toBe(1 + template.items.length + (template.variants ?? []).length);
      expect(templateDefinitionSchema.safeParse(filled.template).success, template.id).toBe(true);
    }
  });
});

describe('withBuiltInHandoutTexts', () => {
  const base = builtInTemplates.find((template) => template.id === 'address-registration') as TemplateDefinition;
  const texts: HandoutTextsByTemplate = {
    'address-registration': {
      title: 'Regjistrimi i adresës',
      items: Object.fromEntries(base.items.map((item) => [item.key, `Teksti ${item.key}`])),
    },
  };

  it('fills in every text the template lacks, and leaves the template itself alone', () => {
    const result = withBuiltInHandoutTexts(base, 'sq', texts);
    expect(result.filled).toBe(1 + base.items.length);
    expect(result.template.text.sq?.title).toBe('Regjistrimi i adresës');
    expect(result.template.items[0]?.text.sq?.handout).toBe(`Teksti ${base.items[0]?.key}`);
    expect(base.text.sq).toBeUndefined();
  });

  it('keeps the team’s own text (a correction) over the built-in one', () => {
    const corrected = structuredClone(base);
    corrected.text.sq = { title: 'Regjistrimi i vendbanimit' };
    const result = withBuiltInHandoutTexts(corrected, 'sq', texts);
    expect(result.template.text.sq?.title).toBe('Regjistrimi i vendbanimit');
    expect(result.filled).toBe(base.items.length);
  });

  it('does not use a translation of English the team has since changed', () => {
    const changed = structuredClone(base);
    const item = changed.items[0] as TemplateDefinition['items'][number];
    item.text.en.handout = 'Register your address within 3 days.';
    const applicable = applicableHandoutTexts(changed, texts);
    expect(applicable.items?.[item.key]).toBeUndefined();
    expect(applicable.items?.[changed.items[1]?.key ?? '']).toBeDefined();
    const moved = structuredClone(base);
    const dated = moved.items.find((candidate) => candidate.deadline) as TemplateDefinition['items'][number];
    dated.deadline = { ...dated.deadline!, rule: { kind: 'legalDaysAfter', days: 3 } } as never;
    expect(applicableHandoutTexts(moved, texts).items?.[dated.key]).toBeUndefined();
  });

  it('uses nothing for a template that is not built in, or a language with inline texts', () => {
    const own = { ...structuredClone(base), id: 'our-own-checklist' };
    expect(withBuiltInHandoutTexts(own, 'sq', { ...texts, 'our-own-checklist': texts['address-registration']! }).filled).toBe(0);
    expect(withBuiltInHandoutTexts(base, 'ar', null).filled).toBe(0);
  });
});
