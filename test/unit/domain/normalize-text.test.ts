import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/domain/normalize-text.ts';

describe('normalizeText', () => {
  it('folds Slovenian and other Latin diacritics and case', () => {
    expect(normalizeText('Čokolada ŠKOFJA Žiri')).toBe('cokolada skofja ziri');
    expect(normalizeText('Ćevapčići Đurđa')).toBe('cevapcici durda');
    expect(normalizeText('Łódź Øre Straße')).toBe('lodz ore strasse');
  });

  it('drops Arabic vowel marks and tatweel and unifies letter forms', () => {
    expect(normalizeText('مَدْرَسَةٌ')).toBe('مدرسه'); // harakat gone, ta marbuta -> ha
    expect(normalizeText('مـــحـــمـــد')).toBe('محمد'); // tatweel
    expect(normalizeText('أحمد إبراهيم آمنة ٱلله')).toBe('احمد ابراهيم امنه الله'); // alef forms
    expect(normalizeText('مصطفى')).toBe('مصطفي'); // alef maqsura -> ya
    expect(normalizeText('مؤمن قائد')).toBe('مومن قايد'); // hamza on waw / ya
    expect(normalizeText('ﻣﺤﻤﺪ')).toBe('محمد'); // presentation forms
  });

  it('unifies Persian letter forms and joiners', () => {
    expect(normalizeText('ایران کابل')).toBe('ايران كابل'); // Persian yeh and keheh
    expect(normalizeText('می‌خواهم')).toBe('ميخواهم'); // zero-width non-joiner
    expect(normalizeText('۰۴۰ ١٢٣')).toBe('040 123'); // Persian and Arabic-Indic digits
  });

  it('folds Cyrillic case and ё', () => {
    expect(normalizeText('Ёлка ПРИВЕТ')).toBe('елка привет');
    expect(normalizeText('Україна')).toBe('украіна'); // ї carries a diaeresis too
  });

  it('leaves plain text alone', () => {
    expect(normalizeText('demo 123')).toBe('demo 123');
    expect(normalizeText('')).toBe('');
  });
});
