// The one way the app shows dates, times and money: the same day reads the same on every
// screen, in the Gregorian calendar and on a 24-hour clock in every UI language.
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../../src/app/language.ts';
import {
  dateFieldOrder,
  decimalSeparator,
  formatDate,
  formatDateTime,
  formatEuros,
  formatMonth,
  formatNumber,
  formatPhone,
  formatTime,
  endonym,
} from '../../../src/app/format.ts';
import { wallTimeToInstant } from '../../../src/domain/ljubljana-time.ts';

const tuesday = '2026-12-08';
const evening = wallTimeToInstant('2026-12-08', '17:05')!;

describe('formatDate', () => {
  it.each([
    ['en', 'Tue 8 Dec 2026'],
    ['sl', 'tor., 8. dec. 2026'],
    ['ar', 'الثلاثاء، 8 ديسمبر 2026'],
    ['fa', 'سه‌شنبه ۸ دسامبر ۲۰۲۶'],
    ['uk', 'вт, 8 груд. 2026 р.'],
    ['ru', 'вт, 8 дек. 2026 г.'],
    ['sq', 'mar, 8 dhj 2026'],
    ['bs', 'uto, 8. dec 2026.'],
  ])('writes a day in %s in one style, Gregorian, with the digits of the rest of the UI', (language, expected) => {
    expect(formatDate(tuesday, language)).toBe(expected);
  });

  it('never uses the Persian or Islamic calendar', () => {
    expect(formatDate(tuesday, 'fa')).not.toMatch(/آذر|۱۴۰۵/);
    expect(formatDate(tuesday, 'ar')).not.toMatch(/جمادى|١٤٤٨/);
  });

  it('shows the calendar day as it is, whatever the phone’s time zone', () => {
    for (const language of uiLanguages) expect(formatDate('2026-03-29', language)).toMatch(/29|٢٩|۲۹/);
  });

  it('leaves something that is not a date as it is', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate('2026-13-45', 'en')).toBe('2026-13-45');
  });
});

describe('formatTime and formatDateTime', () => {
  it.each([
    ['en', '17:05'],
    ['sl', '17:05'],
    ['ar', '17:05'],
    ['fa', '۱۷:۰۵'],
    ['uk', '17:05'],
    ['ru', '17:05'],
    ['sq', '17:05'],
    ['bs', '17:05'],
  ])('use a 24-hour clock in %s', (language, expected) => {
    expect(formatTime('17:05', language)).toBe(expected);
    expect(formatDateTime(evening, language)).toContain(expected);
  });

  it('show an instant in Slovenian time, with the same date style as a day', () => {
    expect(formatDateTime(evening, 'en')).toBe('Tue 8 Dec 2026, 17:05');
    expect(formatDateTime(evening, 'fa')).toContain(formatDate(tuesday, 'fa'));
    expect(formatDateTime(evening, 'sl')).toContain(formatDate(tuesday, 'sl'));
    for (const language of ['uk', 'ru', 'sq', 'bs']) expect(formatDateTime(evening, language)).toContain(formatDate(tuesday, language));
  });

  it('have no AM or PM in any language', () => {
    for (const language of uiLanguages) expect(formatDateTime(evening, language)).not.toMatch(/AM|PM|ص|م$|ق\.ظ|ب\.ظ/);
  });
});

describe('money and numbers', () => {
  it('writes euros as each language does', () => {
    expect(formatEuros(45050, 'sl')).toBe('450,50\u00a0€');
    expect(formatEuros(45000, 'en')).toBe('€450.00');
    expect(formatEuros(45050, 'fa')).toContain('۴۵۰');
    expect(formatEuros(45050, 'ar')).toContain('450');
  });

  it.each(['uk', 'ru', 'sq', 'bs'])('writes euros with the € sign and a decimal comma in %s', (language) => {
    expect(formatEuros(45050, language)).toBe('450,50\u00a0€');
    expect(decimalSeparator(language)).toBe(',');
  });

  it.each(['uk', 'ru', 'sq', 'bs'])('names a report month by the Gregorian calendar in %s', (language) => {
    expect(formatMonth('2026-03', language)).toMatch(/2026/);
    expect(formatMonth('2026-03', language, 'short')).toMatch(/26/);
  });

  it('groups thousands in Ukrainian and Russian with a space, one decimal at most', () => {
    expect(formatNumber(1234.56, 'uk')).toBe('1\u00a0234,6');
    expect(formatNumber(1234.56, 'ru')).toBe('1\u00a0234,6');
  });

  it('knows the decimal separator people type in the language', () => {
    expect(decimalSeparator('sl')).toBe(',');
    expect(decimalSeparator('en')).toBe('.');
    expect(decimalSeparator('ar')).toBe('.');
  });
});

describe('dateFieldOrder', () => {
  it('puts the day first where the language does', () => {
    expect(dateFieldOrder('en')).toEqual(['day', 'month', 'year']);
    expect(dateFieldOrder('sl')).toEqual(['day', 'month', 'year']);
  });

  it.each(uiLanguages)('names day, month and year once each in %s', (language) => {
    expect(dateFieldOrder(language).toSorted()).toEqual(['day', 'month', 'year']);
  });
});

describe('formatPhone', () => {
  it('groups Slovenian numbers as people read them', () => {
    expect(formatPhone('041123456')).toBe('041 123 456');
    expect(formatPhone('012345678')).toBe('01 234 56 78');
    expect(formatPhone('+38641123456')).toBe('+386 41 123 456');
    expect(formatPhone('041/123-456')).toBe('041 123 456');
  });

  it('leaves other numbers as typed', () => {
    expect(formatPhone('+49 30 1234567')).toBe('+49 30 1234567');
    expect(formatPhone('12')).toBe('12');
  });
});

describe('endonym', () => {
  it('names each UI language in itself and its own script, for the language picker', () => {
    expect(uiLanguages.map(endonym)).toEqual(['English', 'Slovenščina', 'العربية', 'فارسی', 'Українська', 'Русский', 'Shqip', 'Bosanski']);
  });

  it('names the handout-only languages in themselves too, and asks Intl for any other', () => {
    expect(['fr', 'tr', 'ps', 'ur'].map(endonym)).toEqual(['Français', 'Türkçe', 'پښتو', 'اردو']);
    expect(endonym('de')).toBe('Deutsch');
  });
});
