// "Load demo data" (Settings): clearly fictional cases and notes so a newcomer can try every
// screen, with dates around today. They stay on this device (`localOnly`): never pushed. Every id it makes is remembered in the same transaction
// as the record (meta `demo`), so "remove demo data" removes exactly those records and
// nothing a person typed.
//
// To add demo records of another type (checklists, viewings), append a builder to
// `demoBuilders`: it gets the demo cases and a `create` that remembers what it makes.
import { addDays } from '../domain/calendar.ts';
import type { LegalStatus } from '../domain/case.ts';
import type { NoteKind } from '../domain/note.ts';
import type { DemoMeta } from './db.ts';
import { buildDemoChecklists } from './demo-checklists.ts';
import { buildDemoViewings } from './demo-viewings.ts';
import type { DemoBuilder, DemoCase, DemoContext, DemoLanguage } from './demo-builder.ts';
import { attempt, type Result } from './errors.ts';
import type { Store } from './store.ts';
import { createRecord, deleteRecord } from './write.ts';

interface DemoNote {
  kind: NoteKind;
  body: Record<DemoLanguage, string>;
  /** Follow-up date, in days from today. */
  followUpInDays?: number;
}

interface DemoCaseProfile {
  key: string;
  displayName: string;
  legalStatus: LegalStatus;
  languages: string[];
  interpreterLanguage?: string;
  householdSize: number;
  status: 'open' | 'closed';
  tags: Record<DemoLanguage, string[]>;
  summary: Record<DemoLanguage, string>;
  notes: DemoNote[];
}

// Obviously fictional people: every name starts with "Demo:" and uses a placeholder
// surname ("Primer", "Example", "Vzorec" = sample). Phone numbers are left out on purpose.
const demoCases: DemoCaseProfile[] = [
  {
    key: 'ana',
    displayName: 'Demo: Ana Primer',
    legalStatus: 'ip_applicant',
    languages: ['Spanish', 'English'],
    householdSize: 1,
    status: 'open',
    tags: { en: ['housing'], sl: ['stanovanje'] },
    summary: {
      en: 'Fictional demo case. Waiting for the personal interview; looking for a room.',
      sl: 'Izmišljen primer za preizkus. Čaka na osebni razgovor; išče sobo.',
    },
    notes: [
      { kind: 'counseling', body: { en: 'Explained the asylum procedure step by step.', sl: 'Razložili postopek mednarodne zaščite po korakih.' } },
      { kind: 'housing', body: { en: 'Viewed a room in Šiška together.', sl: 'Skupaj ogled sobe v Šiški.' }, followUpInDays: 3 },
    ],
  },
  {
    key: 'omar',
    displayName: 'Demo: Omar Example',
    legalStatus: 'dublin',
    languages: ['Arabic'],
    interpreterLanguage: 'Arabic',
    householdSize: 4,
    status: 'open',
    tags: { en: ['family', 'urgent'], sl: ['družina', 'nujno'] },
    summary: {
      en: 'Fictional demo case. Dublin transfer decision served; family of four.',
      sl: 'Izmišljen primer za preizkus. Vročena odločba o predaji po dublinski uredbi; štiričlanska družina.',
    },
    notes: [
      { kind: 'legal', body: { en: 'Decision served today. Contacted PIC about the court action.', sl: 'Odločba vročena danes. Kontaktirali PIC glede tožbe.' }, followUpInDays: 1 },
      { kind: 'phone_call', body: { en: 'Called the school about enrolling the children.', sl: 'Klic šoli glede vpisa otrok.' } },
      { kind: 'health', body: { en: 'Accompanied to the health centre (demo).', sl: 'Spremstvo v zdravstveni dom (demo).' }, followUpInDays: 14 },
    ],
  },
  {
    key: 'olena',
    displayName: 'Demo: Olena Zrazok',
    legalStatus: 'temporary_residence',
    languages: ['Ukrainian', 'Russian'],
    householdSize: 2,
    status: 'open',
    tags: { en: ['employment'], sl: ['zaposlitev'] },
    summary: {
      en: 'Fictional demo case. Temporary protection; looking for work.',
      sl: 'Izmišljen primer za preizkus. Začasna zaščita; išče zaposlitev.',
    },
    notes: [
      { kind: 'employment', body: { en: 'Wrote a CV together; registered at the employment service.', sl: 'Skupaj napisali življenjepis; prijava na zavodu za zaposlovanje.' }, followUpInDays: 7 },
    ],
  },
  {
    key: 'karim',
    displayName: 'Demo: Karim Nemune',
    legalStatus: 'subsidiary_protection',
    languages: ['Persian', 'Dari'],
    interpreterLanguage: 'Dari',
    householdSize: 1,
    status: 'open',
    tags: { en: ['education'], sl: ['izobraževanje'] },
    summary: {
      en: 'Fictional demo case. Subsidiary protection; Slovenian language course.',
      sl: 'Izmišljen primer za preizkus. Subsidiarna zaščita; tečaj slovenščine.',
    },
    notes: [
      { kind: 'education', body: { en: 'Enrolled in the Slovenian course starting next month.', sl: 'Vpis v tečaj slovenščine, ki se začne prihodnji mesec.' }, followUpInDays: 30 },
    ],
  },
  {
    key: 'marija',
    displayName: 'Demo: Marija Vzorec',
    legalStatus: 'refugee',
    languages: ['English'],
    householdSize: 3,
    status: 'closed',
    tags: { en: ['housing'], sl: ['stanovanje'] },
    summary: {
      en: 'Fictional demo case. Refugee status; moved into a flat; case closed.',
      sl: 'Izmišljen primer za preizkus. Status begunca; vselitev v stanovanje; primer zaključen.',
    },
    notes: [
      { kind: 'housing', body: { en: 'Signed the lease; address registered.', sl: 'Podpisana najemna pogodba; prijava prebivališča urejena.' } },
    ],
  },
];

/** Demo builders run in order; each may use the cases made before it. */
export const demoBuilders: DemoBuilder[] = [
  async (context) => {
    const cases = context.cases as DemoCase[];
    for (const profile of demoCases) {
      const caseId = await context.create('case', null, {
        displayName: profile.displayName,
        legalStatus: profile.legalStatus,
        languages: profile.languages,
        ...(profile.interpreterLanguage ? { interpreterNeeded: true, interpreterLanguage: profile.interpreterLanguage } : {}),
        householdSize: profile.householdSize,
        status: profile.status,
        tags: profile.tags[context.language],
        summary: profile.summary[context.language],
        consentDate: context.day(-30),
        consentScope: context.language === 'sl' ? 'Demo soglasje' : 'Demo consent',
      });
      cases.push({ id: caseId, key: profile.key });
      for (const note of profile.notes) {
        await context.create('note', caseId, {
          kind: note.kind,
          body: note.body[context.language],
          ...(note.followUpInDays !== undefined ? { followUpDate: context.day(note.followUpInDays) } : {}),
        });
      }
    }
  },
  buildDemoViewings,
  buildDemoChecklists,
];

export interface LoadDemoOptions {
  today: string;
  language?: DemoLanguage;
}

/**
 * Create the demo records. Does nothing if demo data is already there (it would only
 * duplicate it). A failure leaves what was made so far remembered, so "remove" still works.
 */
export async function loadDemoData(store: Store, options: LoadDemoOptions): Promise<Result<{ created: number }>> {
  return attempt(async () => {
    if (await hasDemoData(store)) return { created: 0 };
    let created = 0;
    const context: DemoContext = {
      store,
      today: options.today,
      language: options.language ?? 'en',
      cases: [],
      day: (days) => addDays(options.today, days),
      async create(type, caseId, set) {
        // Fictional people stay on this device: demo records never enter the outbox.
        const result = await createRecord(store, type, caseId, set, { inTransaction: (id) => rememberDemoId(store, id), localOnly: true });
        if (!result.ok) throw result.error;
        created += 1;
        return result.value.id;
      },
    };
    for (const build of demoBuilders) await build(context);
    return { created };
  });
}

/** True when records made by "load demo data" are still on this device. */
export async function hasDemoData(store: Store): Promise<boolean> {
  const ids = await demoIds(store);
  if (ids.length === 0) return false;
  const rows = await store.db.records.bulkGet(ids);
  return rows.some((row) => row !== undefined && !row.isDeleted);
}

/**
 * Delete exactly the records "load demo data" made (on this device only: demo records are
 * never pushed, see write.ts `localOnly`). A demo case to which a person added records of their own is
 * kept, with their records, and listed in `kept`.
 */
export async function removeDemoData(store: Store): Promise<Result<{ removed: number; kept: string[] }>> {
  return attempt(async () => {
    const { db } = store;
    const ids = await demoIds(store);
    const demo = new Set(ids);
    const rows = (await db.records.bulkGet(ids)).filter((row) => row !== undefined && !row.isDeleted);
    let removed = 0;
    // Records inside cases first, then the cases.
    for (const row of rows.filter((candidate) => candidate!.type !== 'case')) {
      const result = await deleteRecord(store, row!.id);
      if (!result.ok && result.error.code !== 'gone' && result.error.code !== 'not_found') throw result.error;
      if (result.ok) removed += 1;
    }
    const kept: string[] = [];
    for (const row of rows.filter((candidate) => candidate!.type === 'case')) {
      const others = await db.records.where('caseId').equals(row!.id).filter((r) => !r.isDeleted && !demo.has(r.id)).count();
      if (others > 0) {
        kept.push(row!.id);
        continue;
      }
      const result = await deleteRecord(store, row!.id);
      if (!result.ok && result.error.code !== 'gone' && result.error.code !== 'not_found') throw result.error;
      if (result.ok) removed += 1;
    }
    await db.meta.put({ key: 'demo', ids: kept } satisfies DemoMeta);
    return { removed, kept };
  });
}

async function demoIds(store: Store): Promise<string[]> {
  const meta = await store.db.meta.get('demo');
  return meta?.key === 'demo' ? meta.ids : [];
}

// Inside the record's own transaction (createRecord's inTransaction): both or neither.
async function rememberDemoId(store: Store, id: string): Promise<void> {
  const ids = await demoIds(store);
  await store.db.meta.put({ key: 'demo', ids: [...ids, id] } satisfies DemoMeta);
}
