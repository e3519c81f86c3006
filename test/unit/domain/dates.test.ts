import { describe, expect, it } from 'vitest';
import { isPlainDate, plainDateSchema } from '../../../src/domain/dates.ts';

describe('plain dates', () => {
  it('accepts real calendar days, including 29 February in leap years', () => {
    for (const date of ['2026-11-21', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01']) {
      expect(plainDateSchema.safeParse(date).success, date).toBe(true);
    }
  });

  it('rejects days that do not exist and other shapes', () => {
    for (const date of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '21.11.2026', '2026-11-21T00:00', '']) {
      expect(isPlainDate(date), date).toBe(false);
      expect(plainDateSchema.safeParse(date).success, date).toBe(false);
    }
  });

  it('reports an i18n key, not an English sentence', () => {
    expect(plainDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe('validation.invalidDate');
    expect(plainDateSchema.safeParse(undefined).error?.issues[0]?.message).toBe('validation.required');
    expect(plainDateSchema.safeParse(20261121).error?.issues[0]?.message).toBe('validation.invalidDate');
  });
});
