// What a demo data builder gets and makes (demo.ts): the demo cases, today, the language,
// and a `create` that remembers every id as demo data. Its own file so that the builders
// of other record types (demo-checklists.ts, demo-viewings.ts) and demo.ts, which lists
// them, do not import each other.
import type { RecordType } from '../domain/records.ts';
import type { Store } from './store.ts';

export type DemoLanguage = 'en' | 'sl';

export interface DemoCase {
  id: string;
  /** Which profile of `demoCases` it was made from. */
  key: string;
}

export interface DemoContext {
  store: Store;
  /** Today in Slovenia (`YYYY-MM-DD`); every demo date is relative to it. */
  today: string;
  language: DemoLanguage;
  cases: readonly DemoCase[];
  /** `today` plus `days` (negative: in the past). */
  day(days: number): string;
  /** Create a record and remember its id as demo data; throws if the write fails. */
  create(type: RecordType, caseId: string | null, set: Record<string, unknown>): Promise<string>;
}

export type DemoBuilder = (context: DemoContext) => Promise<void>;
