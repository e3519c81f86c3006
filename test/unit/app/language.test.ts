import { describe, expect, it } from 'vitest';
import { directionOf, isReviewedUiLanguage, pickLanguage, uiLanguages, unreviewedUiLanguages } from '../../../src/app/language.ts';

describe('pickLanguage', () => {
  it('keeps the language chosen in Settings whatever the phone speaks', () => {
    expect(pickLanguage('fa', ['sl-SI', 'en'])).toBe('fa');
  });

  it('follows the phone when nothing was chosen, by primary subtag', () => {
    expect(pickLanguage(undefined, ['sl-SI', 'en-GB'])).toBe('sl');
    expect(pickLanguage(undefined, ['ar-EG'])).toBe('ar');
  });

  it('takes the first phone language it supports', () => {
    expect(pickLanguage(undefined, ['de-AT', 'hr', 'fa-IR', 'en'])).toBe('fa');
  });

  it('follows a phone set to Ukrainian, Russian, Albanian or Bosnian', () => {
    expect(pickLanguage(undefined, ['uk-UA'])).toBe('uk');
    expect(pickLanguage(undefined, ['ru-RU', 'en'])).toBe('ru');
    expect(pickLanguage(undefined, ['sq-AL'])).toBe('sq');
    expect(pickLanguage(undefined, ['bs-Latn-BA'])).toBe('bs');
  });

  it('falls back to English for unsupported or broken values', () => {
    expect(pickLanguage('klingon', ['de', 'it'])).toBe('en');
    expect(pickLanguage(42, [])).toBe('en');
  });
});

describe('directionOf', () => {
  it('writes Arabic and Persian right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
  });

  it('writes English, Slovenian, Ukrainian, Russian, Albanian and Bosnian left to right', () => {
    expect(['en', 'sl', 'uk', 'ru', 'sq', 'bs'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('unreviewed UI languages', () => {
  it('marks every machine-written translation as not yet reviewed, and English as reviewed', () => {
    for (const language of ['ar', 'fa', 'uk', 'ru', 'sq', 'bs'] as const) expect(isReviewedUiLanguage(language)).toBe(false);
    expect(isReviewedUiLanguage('en')).toBe(true);
  });

  it('lists only languages the interface speaks', () => {
    for (const language of unreviewedUiLanguages) expect(uiLanguages).toContain(language);
  });
});
