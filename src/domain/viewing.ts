// Housing-viewing records: a volunteer accompanies a person to an apartment
// viewing; the record helps the person and, anonymised, documents landlords who refuse
// people for their origin or status or ask extra money (DOMAIN-SI.md, Housing viewings).
//
// Two layers, as for every record type:
//   - `viewingFields`: the wire schema of each field, checked field by field by the
//     record registry (records.ts). Every field is optional, and null clears one.
//   - `viewingFormSchema` / `viewingFormToSet`: what a screen validates before it writes.
//     Form values are what inputs hold (strings, arrays of strings); messages are i18n
//     keys in the `viewings` namespace; a set is produced only when everything is valid,
//     so nothing is saved half-way.
//
// Money is stored as integer euro cents (`rentMonthlyCents: 45050` = 450.50 €): integers
// add up exactly in the team's aggregate reports (0.1 + 0.2 !== 0.3 in floating point),
// "at most two decimals" holds by construction, and the unit is in the field name.
//
// The landlord's phone is stored normalised (`+38641123456`, `041123456`): it goes into
// a `tel:` link as it is, and the same landlord is recognisable across viewings.
import { z } from 'zod';
import { addDays, addMonths } from './calendar.ts';
import { asciiDigits } from './digits.ts';
import { isPlainDate, plainDateSchema } from './dates.ts';
import { isWallTime, minutesOfDay, wallTimeFromMinutes } from './ljubljana-time.ts';
import {
  accountIdSchema,
  boundedInt,
  choice,
  multiLineText,
  singleLineText,
  uniqueList,
  validationMessages,
} from './validation.ts';

export const viewingStatuses = ['planned', 'done', 'cancelled', 'no_show'] as const;
export type ViewingStatus = (typeof viewingStatuses)[number];

export const viewingOutcomes = ['offered', 'accepted', 'declined_by_landlord', 'declined_by_person', 'waiting'] as const;
export type ViewingOutcome = (typeof viewingOutcomes)[number];

/** Does the landlord agree in writing that the tenant may register the address (ZPPreb-1)? */
export const registrationConsents = ['yes', 'no', 'not_asked'] as const;
export type RegistrationConsent = (typeof registrationConsents)[number];

/**
 * What was observed. A list, because several can happen at one viewing (a refusal after
 * learning the person's status AND a demand for an extra deposit); `none` stands alone.
 */
export const discriminationKinds = ['none', 'refused_origin_or_status', 'extra_money_demanded', 'other'] as const;
export type DiscriminationKind = (typeof discriminationKinds)[number];

export const viewingLimits = {
  address: 300,
  landlordName: 200,
  listingUrl: 2000,
  interpreterLanguage: 60,
  attendees: 20,
  discriminationDescription: 5000,
  notes: 20_000,
  durationMinutesMax: 12 * 60,
  /** 1,000,000.00 €: far above any rent or deposit, low enough to catch a slip of the keys. */
  moneyCentsMax: 100_000_000,
  phoneDigitsMin: 6,
  /** E.164 allows at most 15 digits. */
  phoneDigitsMax: 15,
} as const;

/** Messages this feature adds; generic ones come from validation.ts. */
export const viewingMessages = {
  time: 'viewings:validation.time',
  url: 'viewings:validation.url',
  phone: 'viewings:validation.phone',
  money: 'viewings:validation.money',
  moneyNegative: 'viewings:validation.moneyNegative',
  moneyTwoDecimals: 'viewings:validation.moneyTwoDecimals',
  moneyTooLarge: 'viewings:validation.moneyTooLarge',
  endBeforeStart: 'viewings:validation.endBeforeStart',
  dateRange: 'viewings:validation.dateRange',
  followUpBeforeViewing: 'viewings:validation.followUpBeforeViewing',
  discriminationNoneAlone: 'viewings:validation.discriminationNoneAlone',
  describeOther: 'viewings:validation.describeOther',
  attendee: 'viewings:validation.attendee',
} as const;

// ---------------------------------------------------------------------------------------
// Wire: one schema per field.

const STORED_PHONE = new RegExp(`^\\+?\\d{${viewingLimits.phoneDigitsMin},${viewingLimits.phoneDigitsMax}}$`);

export const wallTimeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? validationMessages.required : viewingMessages.time) })
  .refine(isWallTime, viewingMessages.time);

const storedPhoneSchema = z
  .string({ error: (issue) => (issue.input === undefined ? validationMessages.required : viewingMessages.phone) })
  .regex(STORED_PHONE, viewingMessages.phone);

const httpUrlSchema = z
  .string({ error: (issue) => (issue.input === undefined ? validationMessages.required : viewingMessages.url) })
  .max(viewingLimits.listingUrl, validationMessages.tooLong)
  .refine(isHttpUrl, viewingMessages.url);

const euroCentsSchema = boundedInt(0, viewingLimits.moneyCentsMax);

const discriminationSchema = uniqueList(choice(discriminationKinds), discriminationKinds.length)
  .min(1, validationMessages.required)
  .refine((kinds) => !kinds.includes('none') || kinds.length === 1, viewingMessages.discriminationNoneAlone);

export const viewingFields = {
  /** Day of the viewing in Slovenia, `YYYY-MM-DD`. */
  date: plainDateSchema,
  /** Wall-clock start in Europe/Ljubljana, `HH:MM`. */
  startTime: wallTimeSchema,
  /** Expected length; the form asks for an end time and stores the difference. */
  durationMinutes: boundedInt(1, viewingLimits.durationMinutesMax),
  address: singleLineText(viewingLimits.address, 1),
  /** Landlord or agency. */
  landlordName: singleLineText(viewingLimits.landlordName, 1),
  landlordPhone: storedPhoneSchema,
  listingUrl: httpUrlSchema,
  rentMonthlyCents: euroCentsSchema,
  depositCents: euroCentsSchema,
  utilitiesEstimateCents: euroCentsSchema,
  agencyFeeCents: euroCentsSchema,
  /** Team members who go (user ids, as in a case's `assignees`). */
  attendees: uniqueList(accountIdSchema, viewingLimits.attendees),
  /** Free text, as on the case (case.ts `interpreterLanguage`), so it can be copied over. */
  interpreterLanguage: singleLineText(viewingLimits.interpreterLanguage, 1),
  status: choice(viewingStatuses),
  outcome: choice(viewingOutcomes),
  registrationConsent: choice(registrationConsents),
  discrimination: discriminationSchema,
  discriminationDescription: multiLineText(viewingLimits.discriminationDescription),
  followUpDate: plainDateSchema,
  notes: multiLineText(viewingLimits.notes),
} satisfies Record<string, z.ZodType>;

export type ViewingFieldName = keyof typeof viewingFields;
export const viewingFieldNames = Object.keys(viewingFields) as ViewingFieldName[];

// The whole fields object as screens read it: every field may be missing, null clears
// (the same rule records.ts applies to every type).
export const viewingRecordFieldsSchema = z.object(
  Object.fromEntries(viewingFieldNames.map((name) => [name, viewingFields[name].nullable().optional()])) as {
    [K in ViewingFieldName]: z.ZodOptional<z.ZodNullable<(typeof viewingFields)[K]>>;
  },
);
export type ViewingFields = z.infer<typeof viewingRecordFieldsSchema>;

/**
 * A record's `fields` as typed viewing fields: valid fields are kept, unknown or invalid
 * ones dropped (a record may carry fields of a newer app version), so screens never crash
 * on a value they cannot read.
 */
export function readViewingFields(raw: Record<string, unknown>): ViewingFields {
  const fields: Record<string, unknown> = {};
  for (const name of viewingFieldNames) {
    if (!Object.hasOwn(raw, name)) continue;
    const parsed = viewingFields[name].nullable().safeParse(raw[name]);
    if (parsed.success) fields[name] = parsed.data;
  }
  return fields as ViewingFields;
}

// ---------------------------------------------------------------------------------------
// Parsing what people type (asciiDigits: Arabic and Persian digits read as the same numbers).

export type MoneyParse = { ok: true; cents: number | null } | { ok: false; message: string };

/**
 * Euros as typed, to integer cents: `450`, `450.5`, `450,50`, `1 200`, `€ 80`.
 * A comma or a dot is the decimal separator; more than two decimals is an error rather
 * than a guess, because `1.200` is 1200 in Slovenian and 1.2 in English. Empty is null.
 */
export function parseEuroInput(input: string): MoneyParse {
  const text = asciiDigits(input)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€/g, '')
    .replace(/eur$/i, '');
  if (text === '') return { ok: true, cents: null };
  if (text.startsWith('-')) return { ok: false, message: viewingMessages.moneyNegative };
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!match) return { ok: false, message: viewingMessages.money };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { ok: false, message: viewingMessages.moneyTwoDecimals };
  const euros = match[1] as string;
  if (euros.length > 9) return { ok: false, message: viewingMessages.moneyTooLarge };
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  if (cents > viewingLimits.moneyCentsMax) return { ok: false, message: viewingMessages.moneyTooLarge };
  return { ok: true, cents };
}

/** Cents as a form input: 45050 -> `450.50`, 45000 -> `450` (separator for the UI language). */
export function formatEuroInput(cents: number | null | undefined, decimalSeparator: '.' | ',' = '.'): string {
  if (cents === null || cents === undefined) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}${decimalSeparator}${String(rest).padStart(2, '0')}`;
}

/**
 * A phone number as typed, normalised to digits with an optional leading `+`:
 * separators (spaces, `-`, `.`, `/`, parentheses) go, `00` becomes `+`, and the
 * `(0)` written after a country code (`+386 (0)41 …`) is dropped, since it is never dialled.
 * Null when the text is not a usable number.
 */
export function normalisePhone(input: string): string | null {
  let text = asciiDigits(input).trim();
  if (!/^\+?[\d\s\u00a0()./-]+$/.test(text)) return null;
  if (text.startsWith('+')) text = text.replace(/\(\s*0\s*\)/, '');
  let digits = text.replace(/\D/g, '');
  let plus = text.startsWith('+');
  if (!plus && digits.startsWith('00')) {
    digits = digits.slice(2);
    plus = true;
  }
  const phone = `${plus ? '+' : ''}${digits}`;
  return STORED_PHONE.test(phone) ? phone : null;
}

/** A `tel:` link for a stored or typed phone number, or null if it is not usable. */
export function telUri(phone: string | null | undefined): string | null {
  const normalised = phone ? normalisePhone(phone) : null;
  return normalised ? `tel:${normalised}` : null;
}

/** Accepts `9:30`, `09:30`, `9.30` (as written in Slovenia) and `0930`; returns `HH:MM` or null. */
export function parseWallTimeInput(input: string): string | null {
  const match = /^(\d{1,2})[:.h]?(\d{2})$/.exec(asciiDigits(input).trim());
  if (!match) return null;
  const time = `${(match[1] as string).padStart(2, '0')}:${match[2]}`;
  return isWallTime(time) ? time : null;
}

/** The end time `minutes` after `startTime` on the same day, e.g. for "+30 min" buttons. */
export function endTimeAfter(startTime: string, minutes: number): string | null {
  return isWallTime(startTime) ? wallTimeFromMinutes(minutesOfDay(startTime) + minutes) : null;
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * A listing link as pasted. Only web links are kept (never `javascript:` or `data:`); a
 * link pasted without a scheme (`www.nepremicnine.net/…`) gets `https://`.
 */
export function normaliseListingUrl(input: string): string | null {
  const text = input.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text);
  const candidate = hasScheme ? text : `https://${text}`;
  if (!isHttpUrl(candidate)) return null;
  const href = new URL(candidate).href;
  return href.length <= viewingLimits.listingUrl ? href : null;
}

// ---------------------------------------------------------------------------------------
// The form.

const formText = z.string({ error: viewingNs(validationMessages.invalid) });
const formList = z.array(formText, { error: viewingNs(validationMessages.invalid) });

/**
 * What the screens hold. A key left out means "not on this screen, leave it as it is":
 * the planning screen and the 30-second outcome screen use the same schema. '' (or [])
 * clears a field. `endTime` is asked instead of a duration; `durationMinutes` is stored.
 */
const viewingFormShape = {
  date: formText,
  startTime: formText,
  endTime: formText,
  address: formText,
  landlordName: formText,
  landlordPhone: formText,
  listingUrl: formText,
  rentMonthly: formText,
  deposit: formText,
  utilitiesEstimate: formText,
  agencyFee: formText,
  attendees: formList,
  interpreterLanguage: formText,
  status: formText,
  outcome: formText,
  registrationConsent: formText,
  discrimination: formList,
  discriminationDescription: formText,
  followUpDate: formText,
  notes: formText,
};
export type ViewingFormField = keyof typeof viewingFormShape;
export const viewingFormFields = Object.keys(viewingFormShape) as ViewingFormField[];

/** The record field each form field writes. */
const recordFieldOf: Record<ViewingFormField, ViewingFieldName> = {
  date: 'date',
  startTime: 'startTime',
  endTime: 'durationMinutes',
  address: 'address',
  landlordName: 'landlordName',
  landlordPhone: 'landlordPhone',
  listingUrl: 'listingUrl',
  rentMonthly: 'rentMonthlyCents',
  deposit: 'depositCents',
  utilitiesEstimate: 'utilitiesEstimateCents',
  agencyFee: 'agencyFeeCents',
  attendees: 'attendees',
  interpreterLanguage: 'interpreterLanguage',
  status: 'status',
  outcome: 'outcome',
  registrationConsent: 'registrationConsent',
  discrimination: 'discrimination',
  discriminationDescription: 'discriminationDescription',
  followUpDate: 'followUpDate',
  notes: 'notes',
};

const moneyFormFields = ['rentMonthly', 'deposit', 'utilitiesEstimate', 'agencyFee'] as const;

export interface ViewingFormContext {
  /** Today in Slovenia (`YYYY-MM-DD`), for the plausible-date check. */
  today: string;
  /** The stored fields when editing; absent when planning a new viewing. */
  current?: ViewingFields | undefined;
}

/** How far from today a viewing or follow-up date is plausible (catches typos such as 2062). */
export const plausibleDateWindow = { monthsBack: 24, monthsAhead: 12 } as const;

/** A set of record fields the form writes: value, or null to clear. */
export type ViewingFieldValues = { [K in ViewingFieldName]?: ViewingFields[K] | null };

/**
 * The form schema for one context (today and, when editing, the stored fields).
 * Output: the record fields the submitted form keys write, normalised (trimmed text,
 * cents, `HH:MM`, normalised phone and link), null for cleared ones.
 * Cross-field rules: end after start; a follow-up not before the viewing; `none` alone
 * among the discrimination kinds; `other` needs a description; dates that were typed
 * (not ones already stored) lie within `plausibleDateWindow` of today.
 */
export function viewingFormSchema(context: ViewingFormContext) {
  const current = context.current ?? {};
  const window = {
    min: addMonths(context.today, -plausibleDateWindow.monthsBack),
    max: addMonths(context.today, plausibleDateWindow.monthsAhead),
  };
  return z
    .object(viewingFormShape, { error: viewingNs(validationMessages.invalid) })
    .partial()
    .transform((submitted, ctx): ViewingFieldValues => {
      const fail = (field: ViewingFormField, message: string, params?: Record<string, string | number>) => {
        ctx.addIssue({ code: 'custom', path: [field], message, ...(params ? { params } : {}) });
      };
      // Cross-field rules see the whole viewing: what was submitted over what is stored.
      const form = { ...viewingToForm(current), ...submitted };
      const out: ViewingFieldValues = {};

      const date = parseDate(form.date, 'date', true);
      const startTime = parseTime(form.startTime, 'startTime', true);
      const endTime = parseTime(form.endTime, 'endTime', false);
      out.date = date;
      out.startTime = startTime;
      out.durationMinutes = null;
      if (endTime && startTime) {
        const minutes = minutesOfDay(endTime) - minutesOfDay(startTime);
        if (minutes <= 0) fail('endTime', viewingMessages.endBeforeStart);
        else out.durationMinutes = minutes;
      }

      out.address = parseText(form.address, 'address', viewingFields.address, singleLine);
      out.landlordName = parseText(form.landlordName, 'landlordName', viewingFields.landlordName, singleLine);

      const phoneText = (form.landlordPhone ?? '').trim();
      out.landlordPhone = null;
      if (phoneText !== '') {
        const phone = normalisePhone(phoneText);
        if (phone) out.landlordPhone = phone;
        else fail('landlordPhone', viewingMessages.phone);
      }

      const urlText = (form.listingUrl ?? '').trim();
      out.listingUrl = null;
      if (urlText !== '') {
        const url = normaliseListingUrl(urlText);
        if (url) out.listingUrl = url;
        else fail('listingUrl', viewingMessages.url);
      }

      for (const field of moneyFormFields) {
        const money = parseEuroInput(form[field] ?? '');
        if (money.ok) out[recordFieldOf[field] as 'rentMonthlyCents'] = money.cents;
        else fail(field, money.message, { max: viewingLimits.moneyCentsMax / 100 });
      }

      const attendees = [...new Set((form.attendees ?? []).map((id) => id.trim()).filter((id) => id !== ''))];
      out.attendees = attendees.length > 0 ? attendees : null;
      if (attendees.some((id) => !accountIdSchema.safeParse(id).success)) fail('attendees', viewingMessages.attendee);
      else if (attendees.length > viewingLimits.attendees) {
        fail('attendees', viewingNs(validationMessages.tooMany), { maximum: viewingLimits.attendees });
      }

      out.interpreterLanguage = parseText(
        form.interpreterLanguage,
        'interpreterLanguage',
        viewingFields.interpreterLanguage,
        singleLine,
      );
      out.status = parseChoice(form.status, 'status', viewingStatuses);
      out.outcome = parseChoice(form.outcome, 'outcome', viewingOutcomes);
      out.registrationConsent = parseChoice(form.registrationConsent, 'registrationConsent', registrationConsents);

      const kinds = [...new Set(form.discrimination ?? [])];
      out.discrimination = null;
      if (kinds.some((kind) => !(discriminationKinds as readonly string[]).includes(kind))) {
        fail('discrimination', viewingNs(validationMessages.invalidChoice));
      } else if (kinds.includes('none') && kinds.length > 1) {
        fail('discrimination', viewingMessages.discriminationNoneAlone);
      } else if (kinds.length > 0) {
        out.discrimination = kinds as DiscriminationKind[];
      }
      out.discriminationDescription = parseText(
        form.discriminationDescription,
        'discriminationDescription',
        viewingFields.discriminationDescription,
        multiLine,
      );
      if (out.discrimination?.includes('other') && !out.discriminationDescription) {
        fail('discriminationDescription', viewingMessages.describeOther);
      }

      out.followUpDate = parseDate(form.followUpDate, 'followUpDate', false);
      if (out.followUpDate && date && out.followUpDate < date) fail('followUpDate', viewingMessages.followUpBeforeViewing);

      out.notes = parseText(form.notes, 'notes', viewingFields.notes, multiLine);

      // Only what this form shows is written: a key left out keeps its stored value.
      const written: ViewingFieldValues = {};
      for (const key of Object.keys(submitted) as ViewingFormField[]) {
        const name = recordFieldOf[key];
        (written as Record<string, unknown>)[name] = out[name];
      }
      return written;

      function parseDate(value: string | undefined, field: 'date' | 'followUpDate', required: boolean): string | null {
        const text = asciiDigits(value ?? '').trim();
        if (text === '') {
          if (required) fail(field, viewingNs(validationMessages.required));
          return null;
        }
        if (!isPlainDate(text)) {
          fail(field, viewingNs(validationMessages.invalidDate));
          return null;
        }
        // A date already stored is not re-judged against today (an old viewing stays editable).
        if (text !== current[field] && (text < window.min || text > window.max)) {
          fail(field, viewingMessages.dateRange, window);
          return null;
        }
        return text;
      }

      function parseTime(value: string | undefined, field: 'startTime' | 'endTime', required: boolean): string | null {
        const text = (value ?? '').trim();
        if (text === '') {
          if (required) fail(field, viewingNs(validationMessages.required));
          return null;
        }
        const time = parseWallTimeInput(text);
        if (!time) fail(field, viewingMessages.time);
        return time;
      }

      function parseText(
        value: string | undefined,
        field: ViewingFormField,
        schema: z.ZodType,
        tidy: (text: string) => string,
      ): string | null {
        const text = tidy(value ?? '');
        if (text === '') return null;
        const checked = schema.safeParse(text);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          const maximum = issue && 'maximum' in issue ? Number(issue.maximum) : undefined;
          fail(field, viewingNs(issue?.message ?? validationMessages.invalid), maximum === undefined ? undefined : { maximum });
          return null;
        }
        return text;
      }

      function parseChoice<const T extends readonly string[]>(
        value: string | undefined,
        field: ViewingFormField,
        values: T,
      ): T[number] | null {
        const text = (value ?? '').trim();
        if (text === '') return null;
        if ((values as readonly string[]).includes(text)) return text;
        fail(field, viewingNs(validationMessages.invalidChoice));
        return null;
      }
    });
}

export type ViewingForm = z.input<ReturnType<typeof viewingFormSchema>>;
export type FullViewingForm = Required<ViewingForm>;

export interface ViewingFormError {
  field: ViewingFormField;
  /** i18n key, e.g. `viewings:validation.endBeforeStart`. */
  message: string;
  /** Interpolation values for the message (`{{min}}`, `{{max}}`, `{{maximum}}`). */
  params?: Record<string, string | number>;
}

export type ViewingFormResult =
  | { ok: true; set: ViewingFieldValues }
  | { ok: false; errors: ViewingFormError[] };

/**
 * The mutation `set` for a submitted form, or every error when anything is invalid.
 * The set holds only fields that change, so saving an edit does not overwrite (and
 * conflict with) fields someone else changed meanwhile; for a new viewing, empty fields
 * are left out. An empty set means there is nothing to save.
 */
export function viewingFormToSet(form: ViewingForm, context: ViewingFormContext): ViewingFormResult {
  const parsed = viewingFormSchema(context).safeParse(form);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const field = (issue.path[0] ?? 'date') as ViewingFormField;
        const params = (issue as { params?: Record<string, string | number> }).params;
        return { field, message: viewingNs(issue.message), ...(params ? { params } : {}) };
      }),
    };
  }
  const current = context.current ?? {};
  const set: ViewingFieldValues = {};
  for (const [name, value] of Object.entries(parsed.data) as [ViewingFieldName, unknown][]) {
    const before = current[name] ?? null;
    if (value === null && !context.current) continue;
    if (sameValue(before, value)) continue;
    (set as Record<string, unknown>)[name] = value;
  }
  // Belt and braces: a set that the wire would reject is a bug here, never a half save.
  for (const [name, value] of Object.entries(set) as [ViewingFieldName, unknown][]) {
    if (!viewingFields[name].nullable().safeParse(value).success) {
      const field = viewingFormFields.find((key) => recordFieldOf[key] === name) ?? 'date';
      return { ok: false, errors: [{ field, message: viewingNs(validationMessages.invalid) }] };
    }
  }
  return { ok: true, set };
}

/** Stored fields as form values (for editing). */
export function viewingToForm(fields: ViewingFields): FullViewingForm {
  const endTime =
    fields.startTime && fields.durationMinutes ? (endTimeAfter(fields.startTime, fields.durationMinutes) ?? '') : '';
  return {
    date: fields.date ?? '',
    startTime: fields.startTime ?? '',
    endTime,
    address: fields.address ?? '',
    landlordName: fields.landlordName ?? '',
    landlordPhone: fields.landlordPhone ?? '',
    listingUrl: fields.listingUrl ?? '',
    rentMonthly: formatEuroInput(fields.rentMonthlyCents),
    deposit: formatEuroInput(fields.depositCents),
    utilitiesEstimate: formatEuroInput(fields.utilitiesEstimateCents),
    agencyFee: formatEuroInput(fields.agencyFeeCents),
    attendees: [...(fields.attendees ?? [])],
    interpreterLanguage: fields.interpreterLanguage ?? '',
    status: fields.status ?? '',
    outcome: fields.outcome ?? '',
    registrationConsent: fields.registrationConsent ?? '',
    discrimination: [...(fields.discrimination ?? [])],
    discriminationDescription: fields.discriminationDescription ?? '',
    followUpDate: fields.followUpDate ?? '',
    notes: fields.notes ?? '',
  };
}

/**
 * A blank planning form (status planned); pass what the case already knows, e.g.
 * `{ attendees: [me], interpreterLanguage: case.interpreterLanguage }`.
 */
export function newViewingForm(prefill: Partial<FullViewingForm> = {}): FullViewingForm {
  return { ...viewingToForm({}), status: 'planned', ...prefill };
}

/**
 * Fields shown on the outcome screen. The money asked is there too: what the landlord
 * asked for is often learnt only at the viewing, and it is the evidence of discrimination
 * ("extra money demanded"), so one form finishes a viewing.
 */
export const outcomeFormFields = [
  'status',
  'outcome',
  'registrationConsent',
  'discrimination',
  'discriminationDescription',
  'rentMonthly',
  'deposit',
  'utilitiesEstimate',
  'agencyFee',
  'followUpDate',
  'notes',
] as const satisfies readonly ViewingFormField[];
export type OutcomeForm = Pick<FullViewingForm, (typeof outcomeFormFields)[number]>;

/** Days after today a follow-up is suggested when the answer is still awaited. */
export const followUpAfterDays = 7;

/**
 * Starting values for logging an outcome in 30 seconds: what is stored, and for what is
 * not yet: status done, outcome waiting (with a follow-up a week from today, so it shows
 * on the Deadlines screen), consent to register not asked, no discrimination; the amounts
 * as stored, written with the UI language's `decimalSeparator`. Submit the
 * result with `viewingFormToSet(form, { today, current: viewing })`.
 */
export function logOutcomeDefaults(viewing: ViewingFields, today: string, decimalSeparator: '.' | ',' = '.'): OutcomeForm {
  const outcome = viewing.outcome ?? 'waiting';
  const followUpDate =
    viewing.followUpDate ?? (outcome === 'waiting' && isPlainDate(today) ? addDays(today, followUpAfterDays) : '');
  return {
    status: !viewing.status || viewing.status === 'planned' ? 'done' : viewing.status,
    outcome,
    registrationConsent: viewing.registrationConsent ?? 'not_asked',
    discrimination: viewing.discrimination ? [...viewing.discrimination] : ['none'],
    discriminationDescription: viewing.discriminationDescription ?? '',
    ...moneyFormValues(viewing, decimalSeparator),
    followUpDate,
    notes: viewing.notes ?? '',
  };
}

/** The stored amounts as people type them in the UI language (450,50 in sl, 450.50 in en). */
export function moneyFormValues(
  fields: ViewingFields,
  decimalSeparator: '.' | ',',
): Pick<FullViewingForm, 'rentMonthly' | 'deposit' | 'utilitiesEstimate' | 'agencyFee'> {
  return {
    rentMonthly: formatEuroInput(fields.rentMonthlyCents, decimalSeparator),
    deposit: formatEuroInput(fields.depositCents, decimalSeparator),
    utilitiesEstimate: formatEuroInput(fields.utilitiesEstimateCents, decimalSeparator),
    agencyFee: formatEuroInput(fields.agencyFeeCents, decimalSeparator),
  };
}

// ---------------------------------------------------------------------------------------

/** Messages of the shared building blocks are namespace-free; the form's all name `viewings`. */
function viewingNs(message: string): string {
  return message.includes(':') ? message : `viewings:${message}`;
}

function singleLine(text: string): string {
  // A pasted address often spans lines: keep them as ", ".
  return text
    .trim()
    .replace(/\s*[\r\n]+\s*/g, ', ')
    .replace(/\s+/g, ' ');
}

function multiLine(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}
