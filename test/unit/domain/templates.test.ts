import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';
import { ipApplication } from '../../../src/domain/templates/ip-application.ts';
import { decisionCourtAction } from '../../../src/domain/templates/decision-court-action.ts';
import { afterStatusGranted } from '../../../src/domain/templates/after-status-granted.ts';
import { subsidiaryProtectionExtension } from '../../../src/domain/templates/subsidiary-protection-extension.ts';
import { temporaryResidenceExtension } from '../../../src/domain/templates/temporary-residence-extension.ts';
import { permanentResidence } from '../../../src/domain/templates/permanent-residence.ts';
import { familyReunification } from '../../../src/domain/templates/family-reunification.ts';
import { addressRegistration } from '../../../src/domain/templates/address-registration.ts';
import { practicalFirstSteps } from '../../../src/domain/templates/practical-first-steps.ts';
import {
  localizedText,
  needsVerification,
  templateDefinitionSchema,
  type TemplateDefinition,
  type TemplateItem,
} from '../../../src/domain/template-definition.ts';

const dataFiles = [
  ipApplication,
  decisionCourtAction,
  afterStatusGranted,
  subsidiaryProtectionExtension,
  temporaryResidenceExtension,
  permanentResidence,
  familyReunification,
  addressRegistration,
  practicalFirstSteps,
];

function item(from: TemplateDefinition | undefined, key: string): TemplateItem {
  const found = from?.items.find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
}

function template(id: string): TemplateDefinition {
  const found = builtInTemplates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

// Acts, the AIDA report and public offices: shown as links, never loaded.
const ALLOWED_HOSTS = [
  'pisrs.si',
  'www.uradni-list.si',
  'asylumineurope.org',
  'www.gov.si',
  'e-uprava.gov.si',
  'infotujci.si',
  'www.zzzs.si',
  'www.ess.gov.si',
  'eur-lex.europa.eu',
];

describe('built-in templates', () => {
  it.each(dataFiles.map((t) => [t.id, t] as const))('%s is valid under the shared template schema', (_id, data) => {
    const parsed = templateDefinitionSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('lists every data file once, with distinct ids, all at version 1', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual(dataFiles.map((t) => t.id));
    expect(new Set(builtInTemplates.map((t) => t.id)).size).toBe(builtInTemplates.length);
    for (const t of builtInTemplates) expect(t.version).toBe(1);
  });

  it('gives every item a legal basis, an https source from an official or public site, and a confidence', () => {
    for (const t of builtInTemplates) {
      for (const i of t.items) {
        expect(i.basis.length, `${t.id}.${i.key}`).toBeGreaterThan(0);
        for (const source of i.sources) {
          const url = new URL(source.url);
          expect(url.protocol).toBe('https:');
          expect(ALLOWED_HOSTS, `${t.id}.${i.key}: ${source.url}`).toContain(url.host);
        }
        expect(['H', 'M', 'L']).toContain(i.confidence);
      }
    }
  });

  it('has English and Slovenian text for everything, and a handout text in ar, fa and uk for every item', () => {
    for (const t of builtInTemplates) {
      for (const language of ['ar', 'fa', 'uk'] as const) {
        expect(t.text[language]?.title, `${t.id} title ${language}`).toBeTruthy();
        for (const i of t.items) {
          const handout = localizedText(i.text, language, 'handout');
          expect(handout?.fallback, `${t.id}.${i.key} ${language}`).toBe(false);
        }
        for (const v of t.variants ?? []) expect(v.text[language]?.label, `${t.id} variant ${v.id}`).toBeTruthy();
      }
      for (const i of t.items) {
        for (const language of ['en', 'sl'] as const) {
          expect(i.text[language].label.trim()).not.toBe('');
          expect(i.text[language].handout.trim()).not.toBe('');
        }
      }
    }
  });

  it('says which handout languages no native speaker has reviewed yet', () => {
    for (const t of builtInTemplates) expect(t.unreviewedLanguages).toEqual(['ar', 'fa', 'uk']);
  });

  it('covers the procedures issue 4 asks for', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual([
      'ip-application',
      'decision-court-action',
      'after-status-granted',
      'subsidiary-protection-extension',
      'temporary-residence-extension',
      'permanent-residence',
      'family-reunification',
      'address-registration',
      'practical-first-steps',
    ]);
    expect(template('practical-first-steps').items.map((i) => i.key)).toEqual([
      'health_insurance_registered',
      'employment_service_registered',
      'bank_account_opened',
      'slovene_course_enrolled',
    ]);
    expect(template('permanent-residence').items.map((i) => i.key)).toContain('a2_certificate');
    expect(template('after-status-granted').items.map((i) => i.key)).toEqual(
      expect.arrayContaining(['allowance_extension_conditions', 'refugee_permit_card', 'subsidiary_permit']),
    );
  });
});

describe('deadline rules in the templates (DOMAIN-SI.md)', () => {
  const court = template('decision-court-action');

  it('court action: 15 days regular, 8 days accelerated, 3 days inadmissible (verify), each in its variant', () => {
    expect(item(court, 'court_action_regular')).toMatchObject({
      variants: ['regular'],
      deadline: { keyDate: 'decisionServedOn', rule: { kind: 'legalDaysAfter', days: 15 }, meaning: 'actBy' },
      basis: [{ act: 'ZMZ-1', article: '70' }],
    });
    expect(item(court, 'court_action_accelerated')).toMatchObject({
      variants: ['accelerated'],
      deadline: { keyDate: 'decisionServedOn', rule: { kind: 'legalDaysAfter', days: 8 } },
    });
    const inadmissible = item(court, 'court_action_inadmissible');
    expect(inadmissible).toMatchObject({
      variants: ['inadmissible'],
      deadline: { keyDate: 'decisionServedOn', rule: { kind: 'legalDaysAfter', days: 3 } },
    });
    expect(needsVerification(inadmissible)).toBe(true);
  });

  it('detention: 3 days from notification; interim order with the action where removal is not suspended', () => {
    expect(item(court, 'court_action_detention').deadline).toMatchObject({
      keyDate: 'detentionOrderServedOn',
      rule: { kind: 'legalDaysAfter', days: 3 },
    });
    expect(item(court, 'interim_order_requested').variants).toEqual(['accelerated', 'inadmissible']);
  });

  it('restoring a missed deadline: 8 days after the obstacle ends (ZUS-1 Art. 24(2))', () => {
    expect(item(court, 'missed_deadline_restoration')).toMatchObject({
      basis: [{ act: 'ZUS-1', article: '24(2)' }],
      deadline: { keyDate: 'obstacleEndedOn', rule: { kind: 'legalDaysAfter', days: 8 } },
    });
  });

  it('after status: integration agreement within 1 month, integration house and allowance end after 1 year', () => {
    const after = template('after-status-granted');
    expect(item(after, 'integration_agreement_offered').deadline).toMatchObject({
      keyDate: 'statusGrantedOn',
      rule: { kind: 'monthsAfter', months: 1, onNonWorkingDay: 'nextWorkingDay' },
      meaning: 'authorityBy',
    });
    expect(item(after, 'integration_house_ends').deadline).toMatchObject({
      keyDate: 'statusGrantedOn',
      rule: { kind: 'monthsAfter', months: 12, onNonWorkingDay: 'keep' },
      meaning: 'endsOn',
    });
    expect(item(after, 'private_accommodation_allowance').deadline).toMatchObject({
      keyDate: 'integrationAgreementSignedOn',
      rule: { kind: 'monthsAfter', months: 12, onNonWorkingDay: 'keep' },
    });
  });

  it('subsidiary protection: the request 30 days before expiry (ZMZ-1 Art. 66(3), M)', () => {
    const i = item(template('subsidiary-protection-extension'), 'extension_request_filed');
    expect(i).toMatchObject({
      basis: [{ act: 'ZMZ-1', article: '66(3)' }],
      confidence: 'M',
      deadline: { keyDate: 'protectionExpiresOn', rule: { kind: 'daysBefore', days: 30 }, meaning: 'actBy' },
    });
  });

  it('temporary residence: before expiry (legal) and 1 month ahead (recommended)', () => {
    const t = template('temporary-residence-extension');
    expect(item(t, 'filed_before_expiry').deadline).toMatchObject({ rule: { kind: 'daysBefore', days: 0 } });
    expect(item(t, 'filed_before_expiry').deadline?.recommendation).toBeUndefined();
    expect(item(t, 'filed_one_month_ahead').deadline).toMatchObject({
      rule: { kind: 'monthsBefore', months: 1 },
      recommendation: true,
    });
    expect(item(t, 'single_permit_90_days').deadline).toMatchObject({ rule: { kind: 'daysBefore', days: 90 }, recommendation: true });
  });

  it('permanent residence after 5 years, family members after 2', () => {
    const t = template('permanent-residence');
    expect(item(t, 'five_years_reached').deadline).toMatchObject({ rule: { kind: 'monthsAfter', months: 60 }, meaning: 'availableFrom' });
    expect(item(t, 'two_years_family_member').deadline).toMatchObject({ rule: { kind: 'monthsAfter', months: 24 } });
  });

  it('address registration: 8 days after moving in, after expiry, after moving out (ZPPreb-1)', () => {
    const t = template('address-registration');
    for (const [key, keyDate] of [
      ['address_registered', 'movedInOn'],
      ['temporary_registration_renewed', 'registrationExpiresOn'],
      ['deregistered_after_moving_out', 'movedOutOn'],
    ] as const) {
      expect(item(t, key).deadline).toMatchObject({ keyDate, rule: { kind: 'legalDaysAfter', days: 8 } });
    }
  });

  it('marks every unverified fact L and shows it with a verify badge', () => {
    expect(item(template('ip-application'), 'decision_time_limit_accelerated').confidence).toBe('L');
    expect(item(court, 'supreme_court_appeal').confidence).toBe('L');
    expect(item(court, 'supreme_court_appeal').deadline).toBeUndefined();
    expect(item(template('family-reunification'), 'favourable_window_90_days').confidence).toBe('L');
  });
});

describe('templateDefinitionSchema', () => {
  const base = structuredClone(addressRegistration) as unknown as TemplateDefinition;

  function issuesOf(change: (t: TemplateDefinition) => void): string[] {
    const copy = structuredClone(base);
    change(copy);
    const parsed = templateDefinitionSchema.safeParse(copy);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }

  it('accepts the data as it is', () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  it('rejects a repeated item key', () => {
    expect(issuesOf((t) => t.items.push(structuredClone(t.items[0]!)))).toContain('items.5.key: validation.duplicate');
  });

  it('rejects a deadline from a key date the template does not ask for', () => {
    expect(issuesOf((t) => (t.keyDates = ['movedInOn', 'movedOutOn']))).toContain(
      'items.2.deadline.keyDate: validation.invalidChoice',
    );
  });

  it('rejects an item for an unknown variant', () => {
    expect(issuesOf((t) => (t.items[0]!.variants = ['nope']))).toContain('items.0.variants: validation.invalidChoice');
  });

  it('rejects item keys that cannot be part of a field name', () => {
    expect(issuesOf((t) => (t.items[0]!.key = 'has.dot'))).not.toEqual([]);
    expect(issuesOf((t) => (t.items[0]!.key = 'Upper'))).not.toEqual([]);
  });

  it('rejects missing Slovenian text, plain-http sources, bad rules and unknown fields', () => {
    expect(issuesOf((t) => delete (t.items[0]!.text as { sl?: unknown }).sl)).not.toEqual([]);
    expect(issuesOf((t) => (t.items[0]!.sources[0]!.url = 'http://example.org/'))).not.toEqual([]);
    expect(issuesOf((t) => (t.items[0]!.deadline = { keyDate: 'movedInOn', rule: { kind: 'legalDaysAfter', days: 0 }, meaning: 'actBy' }))).not.toEqual([]);
    expect(issuesOf((t) => ((t as Record<string, unknown>).extra = 1))).not.toEqual([]);
    expect(issuesOf((t) => (t.items[0]!.confidence = 'X' as never))).not.toEqual([]);
    expect(issuesOf((t) => (t.contentCheckedOn = '2026-02-30'))).not.toEqual([]);
  });
});

describe('localizedText', () => {
  const texts = {
    en: { label: 'Register the address', handout: 'Register within 8 days.' },
    sl: { label: 'Prijava', handout: 'Prijavite v 8 dneh.' },
    uk: { handout: 'Зареєструйте протягом 8 днів.' },
  };

  it('returns the requested language when it has the text', () => {
    expect(localizedText(texts, 'uk', 'handout')).toEqual({ text: 'Зареєструйте протягом 8 днів.', language: 'uk', fallback: false });
    expect(localizedText(texts, 'sl', 'label')).toEqual({ text: 'Prijava', language: 'sl', fallback: false });
  });

  it('falls back to English visibly when the language or the field is missing', () => {
    expect(localizedText(texts, 'ar', 'handout')).toEqual({ text: 'Register within 8 days.', language: 'en', fallback: true });
    expect(localizedText(texts, 'uk', 'label')).toEqual({ text: 'Register the address', language: 'en', fallback: true });
    expect(localizedText(texts, 'tr', 'handout')?.fallback).toBe(true);
    expect(localizedText(texts, 'en', 'handout')?.fallback).toBe(false);
  });

  it('returns null for an optional field nobody wrote', () => {
    expect(localizedText(texts as never, 'en', 'details' as never)).toBeNull();
  });
});
