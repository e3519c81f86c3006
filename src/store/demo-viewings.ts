// Demo viewings (demo.ts `demoBuilders`): a few clearly fictional apartment viewings around
// today, so the agenda, the packet, the outcome screen and the follow-ups on the Deadlines
// screen have something to show. Addresses and landlords say "Demo"; no phone numbers
// (as for the demo cases), and the listing link points at a reserved domain (RFC 2606).
import type { DemoBuilder, DemoLanguage } from './demo-builder.ts';

interface DemoViewing {
  caseKey: string;
  inDays: number;
  startTime: string;
  durationMinutes: number;
  address: string;
  landlordName: Record<DemoLanguage, string>;
  fields?: Record<string, unknown>;
  notes?: Record<DemoLanguage, string>;
  discriminationDescription?: Record<DemoLanguage, string>;
  followUpInDays?: number;
}

const demoViewings: DemoViewing[] = [
  {
    caseKey: 'ana',
    inDays: 4,
    startTime: '17:30',
    durationMinutes: 30,
    address: 'Demo: Vzorčna ulica 12, Ljubljana',
    landlordName: { en: 'Demo: Example Agency', sl: 'Demo: Agencija Primer' },
    fields: {
      listingUrl: 'https://example.org/demo-listing',
      rentMonthlyCents: 45_000,
      depositCents: 90_000,
      utilitiesEstimateCents: 8_000,
      agencyFeeCents: 45_000,
      status: 'planned',
    },
  },
  {
    caseKey: 'ana',
    inDays: -3,
    startTime: '10:00',
    durationMinutes: 45,
    address: 'Demo: Primerna cesta 5, Ljubljana',
    landlordName: { en: 'Demo: Private landlord', sl: 'Demo: Zasebni najemodajalec' },
    fields: {
      rentMonthlyCents: 38_000,
      depositCents: 114_000,
      status: 'done',
      outcome: 'declined_by_landlord',
      registrationConsent: 'not_asked',
      discrimination: ['refused_origin_or_status', 'extra_money_demanded'],
    },
    discriminationDescription: {
      en: 'Demo: after hearing about the asylum procedure, the landlord asked for three months of deposit, then said the flat was taken.',
      sl: 'Demo: ko je izvedel za postopek mednarodne zaščite, je najemodajalec zahteval tri mesece varščine in nato rekel, da je stanovanje oddano.',
    },
  },
  {
    caseKey: 'omar',
    inDays: -1,
    startTime: '16:00',
    durationMinutes: 60,
    address: 'Demo: Testna ulica 3, Maribor',
    landlordName: { en: 'Demo: Housing cooperative', sl: 'Demo: Stanovanjska zadruga' },
    fields: { interpreterLanguage: 'Arabic', status: 'planned', rentMonthlyCents: 62_000 },
    notes: { en: 'Demo: family of four, needs three rooms.', sl: 'Demo: štiričlanska družina, potrebujejo tri sobe.' },
  },
  {
    caseKey: 'karim',
    inDays: -6,
    startTime: '12:00',
    durationMinutes: 30,
    address: 'Demo: Izmišljena pot 8, Koper',
    landlordName: { en: 'Demo: Private landlord', sl: 'Demo: Zasebna najemodajalka' },
    fields: {
      interpreterLanguage: 'Dari',
      rentMonthlyCents: 30_000,
      depositCents: 30_000,
      status: 'done',
      outcome: 'waiting',
      registrationConsent: 'yes',
      discrimination: ['none'],
    },
    followUpInDays: 3,
  },
  {
    caseKey: 'karim',
    inDays: 6,
    startTime: '09:15',
    durationMinutes: 45,
    address: 'Demo: Vzorčni trg 1, Koper',
    landlordName: { en: 'Demo: Example Agency', sl: 'Demo: Agencija Primer' },
    fields: { interpreterLanguage: 'Dari', status: 'planned' },
  },
];

export const buildDemoViewings: DemoBuilder = async (context) => {
  for (const viewing of demoViewings) {
    const kase = context.cases.find((candidate) => candidate.key === viewing.caseKey);
    if (!kase) continue;
    await context.create('viewing', kase.id, {
      date: context.day(viewing.inDays),
      startTime: viewing.startTime,
      durationMinutes: viewing.durationMinutes,
      address: viewing.address,
      landlordName: viewing.landlordName[context.language],
      ...viewing.fields,
      ...(viewing.notes ? { notes: viewing.notes[context.language] } : {}),
      ...(viewing.discriminationDescription
        ? { discriminationDescription: viewing.discriminationDescription[context.language] }
        : {}),
      ...(viewing.followUpInDays !== undefined ? { followUpDate: context.day(viewing.followUpInDays) } : {}),
    });
  }
};
