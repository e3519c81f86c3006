import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSet } from '../../../src/domain/records.ts';
import {
  endTimeAfter,
  formatEuroInput,
  logOutcomeDefaults,
  newViewingForm,
  normaliseListingUrl,
  normalisePhone,
  parseEuroInput,
  parseWallTimeInput,
  readViewingFields,
  telUri,
  viewingFields,
  viewingFormSchema,
  viewingFormToSet,
  viewingToForm,
  type ViewingFields,
  type ViewingForm,
} from '../../../src/domain/viewing.ts';

const TODAY = '2026-11-21';

// A fictional viewing: the landlord and the address do not exist.
const planned: ViewingForm = newViewingForm({
  date: '2026-11-25',
  startTime: '17:30',
  endTime: '18:00',
  address: 'Cesta Izmišljenih 7, 1000 Ljubljana',
  landlordName: 'Nepremičnine Primer d.o.o.',
  landlordPhone: '041 123 456',
  listingUrl: 'https://www.example.si/oglas/123',
  rentMonthly: '450,50',
  deposit: '900',
  utilitiesEstimate: '80.5',
  agencyFee: '',
  attendees: ['u_vesna'],
  interpreterLanguage: 'Arabic',
});

// A likely value or any short text.
const maybe = (values: string[]) => fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }));

function errorsOf(form: ViewingForm, current?: ViewingFields) {
  const result = viewingFormToSet(form, { today: TODAY, current });
  return result.ok ? [] : result.errors.map((error) => `${error.field} ${error.message}`);
}

describe('viewing record fields on the wire', () => {
  it('accepts a planned viewing through the record registry', () => {
    const result = viewingFormToSet(planned, { today: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.set).toEqual({
      date: '2026-11-25',
      startTime: '17:30',
      durationMinutes: 30,
      address: 'Cesta Izmišljenih 7, 1000 Ljubljana',
      landlordName: 'Nepremičnine Primer d.o.o.',
      landlordPhone: '041123456',
      listingUrl: 'https://www.example.si/oglas/123',
      rentMonthlyCents: 45050,
      depositCents: 90000,
      utilitiesEstimateCents: 8050,
      attendees: ['u_vesna'],
      interpreterLanguage: 'Arabic',
      status: 'planned',
    });
    expect(validateSet('viewing', result.set)).toEqual({ ok: true });
  });

  it('lets any subset of fields travel, and null clear a field', () => {
    expect(validateSet('viewing', {})).toEqual({ ok: true });
    expect(validateSet('viewing', { notes: 'Called back.' })).toEqual({ ok: true });
    expect(validateSet('viewing', { rentMonthlyCents: null, discrimination: null })).toEqual({ ok: true });
  });

  it('rejects malformed values field by field', () => {
    const bad = {
      date: '2026-02-30',
      startTime: '24:00',
      durationMinutes: 0,
      landlordPhone: '041 123 456', // stored form has no separators
      listingUrl: 'javascript:alert(1)',
      rentMonthlyCents: 450.5,
      depositCents: -1,
      status: 'maybe',
      discrimination: ['none', 'other'],
    };
    const result = validateSet('viewing', bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(new Set(result.issues.map((issue) => issue.field))).toEqual(new Set(Object.keys(bad)));
  });

  it('keeps several observed kinds of discrimination, but not together with none', () => {
    expect(viewingFields.discrimination.safeParse(['refused_origin_or_status', 'extra_money_demanded']).success).toBe(true);
    expect(viewingFields.discrimination.safeParse(['none']).success).toBe(true);
    expect(viewingFields.discrimination.safeParse([]).success).toBe(false);
    expect(viewingFields.discrimination.safeParse(['other', 'other']).success).toBe(false);
  });

  it('reads stored fields defensively, dropping what it cannot read', () => {
    expect(readViewingFields({ date: '2026-11-25', startTime: 'soon', future: 1, notes: null })).toEqual({
      date: '2026-11-25',
      notes: null,
    });
  });
});

describe('typed input', () => {
  it('reads euros as typed into integer cents', () => {
    expect(parseEuroInput('450')).toEqual({ ok: true, cents: 45000 });
    expect(parseEuroInput('450,5')).toEqual({ ok: true, cents: 45050 });
    expect(parseEuroInput(' 1 200.99 € ')).toEqual({ ok: true, cents: 120099 });
    expect(parseEuroInput('٤٥٠٫٥٠')).toEqual({ ok: true, cents: 45050 });
    expect(parseEuroInput('۹۰۰')).toEqual({ ok: true, cents: 90000 });
    expect(parseEuroInput('0')).toEqual({ ok: true, cents: 0 });
    expect(parseEuroInput('')).toEqual({ ok: true, cents: null });
  });

  it('refuses negative money, a third decimal and non-numbers with their own message', () => {
    expect(parseEuroInput('-5')).toEqual({ ok: false, message: 'viewings:validation.moneyNegative' });
    expect(parseEuroInput('1.200')).toEqual({ ok: false, message: 'viewings:validation.moneyTwoDecimals' });
    expect(parseEuroInput('12,345')).toEqual({ ok: false, message: 'viewings:validation.moneyTwoDecimals' });
    expect(parseEuroInput('4OO')).toEqual({ ok: false, message: 'viewings:validation.money' });
    expect(parseEuroInput('1,2,3')).toEqual({ ok: false, message: 'viewings:validation.money' });
    expect(parseEuroInput('99999999999')).toEqual({ ok: false, message: 'viewings:validation.moneyTooLarge' });
  });

  it('round-trips any amount of cents through the form input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom('.', ','), (cents, separator: '.' | ',') => {
        expect(parseEuroInput(formatEuroInput(cents, separator))).toEqual({ ok: true, cents });
      }),
    );
  });

  it('normalises phone numbers to something a tel: link can dial', () => {
    expect(normalisePhone('041 123 456')).toBe('041123456');
    expect(normalisePhone('+386 (0)41 123-456')).toBe('+38641123456');
    expect(normalisePhone('00386 41 123 456')).toBe('+38641123456');
    expect(normalisePhone('(01) 234-56-78')).toBe('012345678');
    expect(normalisePhone('01/234 56 78')).toBe('012345678');
    expect(normalisePhone('٠٤١١٢٣٤٥٦')).toBe('041123456');
    expect(telUri('+386 41 123 456')).toBe('tel:+38641123456');
  });

  it('refuses phone numbers that cannot be dialled', () => {
    for (const input of ['12345', '041 123 456 ext 2', '041+123456', 'call me', '+1234567890123456', '']) {
      expect(normalisePhone(input), input).toBeNull();
    }
    expect(telUri(undefined)).toBeNull();
  });

  it('only keeps web links', () => {
    expect(normaliseListingUrl('www.example.si/oglas?id=5')).toBe('https://www.example.si/oglas?id=5');
    expect(normaliseListingUrl('http://example.si')).toBe('http://example.si/');
    for (const input of ['javascript:alert(1)', 'data:text/html,hi', 'mailto:a@example.si', 'ftp://example.si', 'not a link', 'https://localhost']) {
      expect(normaliseListingUrl(input), input).toBeNull();
    }
  });

  it('reads times the way people write them', () => {
    expect(parseWallTimeInput('9:30')).toBe('09:30');
    expect(parseWallTimeInput('9.30')).toBe('09:30');
    expect(parseWallTimeInput('1730')).toBe('17:30');
    expect(parseWallTimeInput('24:00')).toBeNull();
    expect(parseWallTimeInput('9:60')).toBeNull();
    expect(endTimeAfter('17:30', 45)).toBe('18:15');
    expect(endTimeAfter('23:30', 45)).toBeNull();
  });
});

describe('the viewing form', () => {
  it('explains every invalid field at once, with i18n keys, and produces no set', () => {
    const result = viewingFormToSet(
      {
        ...planned,
        endTime: '17:00',
        landlordPhone: '12-34',
        listingUrl: 'javascript:alert(1)',
        rentMonthly: '-450',
        deposit: '900.555',
        discrimination: ['none', 'other'],
      },
      { today: TODAY },
    );
    expect(result).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        { field: 'endTime', message: 'viewings:validation.endBeforeStart' },
        { field: 'landlordPhone', message: 'viewings:validation.phone' },
        { field: 'listingUrl', message: 'viewings:validation.url' },
        expect.objectContaining({ field: 'rentMonthly', message: 'viewings:validation.moneyNegative' }),
        expect.objectContaining({ field: 'deposit', message: 'viewings:validation.moneyTwoDecimals' }),
        { field: 'discrimination', message: 'viewings:validation.discriminationNoneAlone' },
      ]),
    });
    expect(result.ok ? [] : result.errors).toHaveLength(6);
  });

  it('needs a date and a start time', () => {
    expect(errorsOf({ address: 'Cesta Izmišljenih 7' })).toEqual([
      'date viewings:validation.required',
      'startTime viewings:validation.required',
    ]);
  });

  it('refuses an end at or before the start', () => {
    expect(errorsOf({ ...planned, endTime: '17:30' })).toEqual(['endTime viewings:validation.endBeforeStart']);
    expect(errorsOf({ ...planned, endTime: '00:15' })).toEqual(['endTime viewings:validation.endBeforeStart']);
  });

  it('accepts dates from two years back to one year ahead of today, and no further', () => {
    expect(errorsOf({ ...planned, date: '2024-11-21' })).toEqual([]);
    expect(errorsOf({ ...planned, date: '2027-11-21' })).toEqual([]);
    const result = viewingFormToSet({ ...planned, date: '2062-11-25' }, { today: TODAY });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'date', message: 'viewings:validation.dateRange', params: { min: '2024-11-21', max: '2027-11-21' } }],
    });
    expect(errorsOf({ ...planned, date: '2024-11-20' })).toEqual(['date viewings:validation.dateRange']);
    expect(errorsOf({ ...planned, date: '2026-02-30' })).toEqual(['date viewings:validation.invalidDate']);
  });

  it('does not re-judge a stored date against today, so an old viewing stays editable', () => {
    const old: ViewingFields = { date: '2023-05-10', startTime: '10:00', status: 'done' };
    expect(viewingFormToSet({ ...viewingToForm(old), notes: 'Landlord never called back.' }, { today: TODAY, current: old })).toEqual({
      ok: true,
      set: { notes: 'Landlord never called back.' },
    });
  });

  it('wants a follow-up on or after the viewing day', () => {
    expect(errorsOf({ ...planned, followUpDate: '2026-11-24' })).toEqual([
      'followUpDate viewings:validation.followUpBeforeViewing',
    ]);
    expect(errorsOf({ ...planned, followUpDate: '2026-11-25' })).toEqual([]);
  });

  it('asks for a description when "other" discrimination is noted', () => {
    expect(errorsOf({ ...planned, discrimination: ['other'] })).toEqual([
      'discriminationDescription viewings:validation.describeOther',
    ]);
    expect(errorsOf({ ...planned, discrimination: ['other'], discriminationDescription: 'Asked for a guarantor in Slovenia only.' })).toEqual([]);
  });

  it('tidies text: trims, and keeps a pasted multi-line address on one line', () => {
    const result = viewingFormToSet({ ...planned, address: '  Cesta Izmišljenih 7\n1000 Ljubljana ', notes: ' a\r\nb ' }, { today: TODAY });
    expect(result.ok && result.set.address).toBe('Cesta Izmišljenih 7, 1000 Ljubljana');
    expect(result.ok && result.set.notes).toBe('a\nb');
  });

  it('writes only the fields that changed when editing', () => {
    const created = viewingFormToSet(planned, { today: TODAY });
    if (!created.ok) throw new Error('fixture must be valid');
    const current = created.set as ViewingFields;
    expect(viewingFormToSet(viewingToForm(current), { today: TODAY, current })).toEqual({ ok: true, set: {} });
    expect(viewingFormToSet({ ...viewingToForm(current), rentMonthly: '', endTime: '18:30' }, { today: TODAY, current })).toEqual({
      ok: true,
      set: { rentMonthlyCents: null, durationMinutes: 60 },
    });
  });

  it('leaves fields that a screen does not show alone', () => {
    const current: ViewingFields = { date: '2026-11-25', startTime: '17:30', durationMinutes: 30, notes: 'Bring the consent form.' };
    expect(viewingFormToSet({ status: 'cancelled' }, { today: TODAY, current })).toEqual({ ok: true, set: { status: 'cancelled' } });
  });

  it('reports every message as a key of the viewings namespace', () => {
    const schema = viewingFormSchema({ today: TODAY });
    const result = schema.safeParse({ date: 5, attendees: 'u_vesna', status: 'maybe', notes: 'x'.repeat(20_001) });
    expect(result.success).toBe(false);
    for (const issue of result.error?.issues ?? []) expect(issue.message).toMatch(/^viewings:validation\.[a-zA-Z]+$/);
  });

  it('never produces a set the wire would reject (random forms)', () => {
    const form = fc.record(
      {
        date: maybe(['2026-11-25', '2025-01-31', '2026-02-29', '']),
        startTime: maybe(['09:00', '9.30', '17:30', '']),
        endTime: maybe(['10:00', '18:15', '']),
        address: fc.string({ maxLength: 40 }),
        landlordPhone: maybe(['041 123 456', '+386 1 234 56 78', '']),
        listingUrl: maybe(['https://example.si/a', 'example.si', '']),
        rentMonthly: maybe(['450', '450,50', '1.200', '-3', '']),
        deposit: maybe(['900', '']),
        attendees: fc.array(maybe(['u_vesna', 'u_ana', ' ']), { maxLength: 3 }),
        status: maybe(['planned', 'done', '']),
        discrimination: fc.array(maybe(['none', 'other', 'extra_money_demanded']), { maxLength: 3 }),
        discriminationDescription: fc.string({ maxLength: 20 }),
        followUpDate: maybe(['2026-12-01', '']),
        notes: fc.string({ maxLength: 40 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(form, (input) => {
        const result = viewingFormToSet(input, { today: TODAY });
        if (result.ok) expect(validateSet('viewing', result.set)).toEqual({ ok: true });
        else for (const error of result.errors) expect(error.message).toMatch(/^viewings:validation\./);
      }),
      { numRuns: 500 },
    );
  });
});

describe('logging an outcome in 30 seconds', () => {
  const viewing: ViewingFields = { date: '2026-11-21', startTime: '17:30', durationMinutes: 30, status: 'planned' };

  it('starts from sensible defaults', () => {
    expect(logOutcomeDefaults(viewing, TODAY)).toEqual({
      status: 'done',
      outcome: 'waiting',
      registrationConsent: 'not_asked',
      discrimination: ['none'],
      discriminationDescription: '',
      rentMonthly: '',
      deposit: '',
      utilitiesEstimate: '',
      agencyFee: '',
      followUpDate: '2026-11-28',
      notes: '',
    });
  });

  it('offers the amounts already known, as people type them in the UI language', () => {
    const priced: ViewingFields = { ...viewing, rentMonthlyCents: 45050, depositCents: 90000 };
    expect(logOutcomeDefaults(priced, TODAY, ',')).toMatchObject({ rentMonthly: '450,50', deposit: '900', utilitiesEstimate: '', agencyFee: '' });
  });

  it('keeps what was already logged', () => {
    const logged: ViewingFields = {
      ...viewing,
      status: 'no_show',
      outcome: 'declined_by_landlord',
      registrationConsent: 'no',
      discrimination: ['refused_origin_or_status'],
    };
    expect(logOutcomeDefaults(logged, TODAY)).toMatchObject({
      status: 'no_show',
      outcome: 'declined_by_landlord',
      registrationConsent: 'no',
      discrimination: ['refused_origin_or_status'],
      followUpDate: '',
    });
  });

  it('saves the defaults in one tap, touching only the outcome fields', () => {
    const result = viewingFormToSet(logOutcomeDefaults(viewing, TODAY), { today: TODAY, current: viewing });
    expect(result).toEqual({
      ok: true,
      set: {
        status: 'done',
        outcome: 'waiting',
        registrationConsent: 'not_asked',
        discrimination: ['none'],
        followUpDate: '2026-11-28',
      },
    });
  });

  it('records a refusal and an extra-money demand observed at one viewing', () => {
    const form = { ...logOutcomeDefaults(viewing, TODAY), outcome: 'declined_by_landlord', discrimination: ['refused_origin_or_status', 'extra_money_demanded'], followUpDate: '' };
    const result = viewingFormToSet(form, { today: TODAY, current: viewing });
    expect(result.ok && result.set.discrimination).toEqual(['refused_origin_or_status', 'extra_money_demanded']);
    expect(result.ok && 'followUpDate' in result.set).toBe(false);
  });
});
