import { describe, expect, it } from 'vitest';
import { directionOf, pickLanguage } from '../../../src/app/language.ts';

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

  it('writes English, Slovenian and Ukrainian left to right', () => {
    expect(['en', 'sl', 'uk'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr']);
  });
});
