// Offline full-text search over cases and notes (and any type that says what text it has).
//
// Privacy by design (ARCHITECTURE.md): the index lives in memory only. It is built from
// decoded records after the store is readable (unlocked, once encryption is on) and is
// never written to IndexedDB or anywhere else.
//
// Matching ignores case and diacritics, and Arabic/Persian/Cyrillic letter variants
// (normalizeText), and finds words by prefix ("čoko" finds "Čokolada"). A case is found
// when its own text and its notes together hold every word ("omar tožba" finds Omar's case
// whose note mentions the court action); the index therefore holds one document per case
// (5,000 documents to score rather than 55,000: test/bench), built from the decoded text
// of each record, which it keeps in memory too (to say which records matched). The index
// itself is text-index.ts; each distinct word is folded once, however often it occurs.
//
// The index follows every change, from this tab, another tab or the service worker: Dexie
// reports each committed change of the records table, and the index then reads the rows
// whose local change number (`changeNo`) it has not seen, plus the cases erased outright
// (`purges`).
import { Dexie, type ObservabilitySet } from 'dexie';
import { normalizeText } from '../domain/normalize-text.ts';
import type { RecordType } from '../domain/records.ts';
import type { RecordRow } from './db.ts';
import type { Store } from './store.ts';
import { countWords, foldedWords, TEXT, TextIndex, TITLE, type WordCounts } from './text-index.ts';

type Fields = Record<string, unknown>;

interface SearchText {
  /** Names and titles: a match here counts more. */
  title: string;
  text: string;
}

// What each record type contributes to search. Owners of other types add theirs here.
const searchableText: Partial<Record<RecordType, (fields: Fields) => SearchText>> = {
  case: (f) => ({
    title: str(f.displayName),
    text: [
      str(f.summary),
      str(f.phone),
      ...phoneDigits(str(f.phone)),
      list(f.languages),
      str(f.interpreterLanguage),
      list(f.tags),
    ].join('\n'),
  }),
  note: (f) => ({ title: '', text: [str(f.body), str(f.authorName)].join('\n') }),
};

export interface SearchHit {
  id: string;
  type: RecordType;
  /** The case to open for this hit. */
  caseId: string;
}

export interface CaseSearchResult {
  caseId: string;
  score: number;
  /** The case's records whose own text holds at least one of the words (to show why it matched). */
  hits: SearchHit[];
}

export interface SearchOptions {
  /** Most results to return (default 50). */
  limit?: number;
}

export interface SearchIndex {
  /** Resolves once everything stored when the index opened is searchable. */
  readonly ready: Promise<void>;
  /** Cases whose text and records' text together hold every word of `query` (by prefix), best first. */
  searchCases(query: string, options?: SearchOptions): CaseSearchResult[];
  /** Single records that hold every word of `query` on their own, best case first. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Catch up with stored changes now (otherwise it happens right after each change). */
  refresh(): Promise<void>;
  /** How many records are indexed. */
  readonly size: number;
  /** Stop following changes and drop the index from memory. */
  close(): void;
}

interface RecordText extends SearchText {
  id: string;
  type: RecordType;
  caseId: string;
}

/** Distinct words folded at most once each; dropped when it grows past this many. */
const FOLDED_KEPT = 200_000;

const DEFAULT_LIMIT = 50;
/** Rows read (and cases indexed) per step while building, with a pause for the UI between steps. */
const BUILD_STEP = 1000;

// A one-letter prefix would match most of the index; from two letters on it is useful
// (text-index.ts applies the same rule).
function usePrefix(term: string): boolean {
  return term.length >= 2;
}

interface Indexed {
  index: TextIndex;
  records: Map<string, RecordText>;
  byCase: Map<string, Set<string>>;
  /** Words as written -> folded (normalizeText), for words seen before. */
  folded: Map<string, string[]>;
}

function emptyIndex(): Indexed {
  return { index: new TextIndex(), records: new Map(), byCase: new Map(), folded: new Map() };
}

function fold(into: Indexed, text: string): string[] {
  if (into.folded.size > FOLDED_KEPT) into.folded.clear();
  return foldedWords(text, normalizeText, into.folded);
}

function emptyCounts(): WordCounts {
  return [new Map(), new Map()];
}

/** The record's text, or null for a record search does not show. */
async function recordText(store: Store, row: RecordRow): Promise<RecordText | null> {
  const extract = searchableText[row.type];
  if (row.isDeleted || !extract || row.caseId === undefined) return null;
  return { id: row.id, type: row.type, caseId: row.caseId, ...extract((await store.codec.decode(row.fields)) as Fields) };
}

function keep(into: Indexed, record: RecordText): void {
  into.records.set(record.id, record);
  let ids = into.byCase.get(record.caseId);
  if (!ids) into.byCase.set(record.caseId, (ids = new Set()));
  ids.add(record.id);
}

function countRecord(into: Indexed, counts: WordCounts, record: RecordText): void {
  if (record.title) countWords(counts, TITLE, fold(into, record.title));
  if (record.text) countWords(counts, TEXT, fold(into, record.text));
}

function forget(into: Indexed, id: string, dirty: Set<string>): void {
  const known = into.records.get(id);
  if (!known) return;
  into.records.delete(id);
  into.byCase.get(known.caseId)?.delete(id);
  dirty.add(known.caseId);
}

function reindexCase(into: Indexed, caseId: string): void {
  const ids = into.byCase.get(caseId);
  if (!ids || ids.size === 0) {
    into.byCase.delete(caseId);
    into.index.remove(caseId);
    return;
  }
  const counts = emptyCounts();
  for (const id of ids) countRecord(into, counts, into.records.get(id) as RecordText);
  into.index.set(caseId, counts);
}

/** Build the in-memory index for this store and keep it current until `close()`. */
export function openSearchIndex(store: Store): SearchIndex {
  let current = emptyIndex();
  let seenChange = 0;
  let closed = false;
  let running: Promise<void> = Promise.resolve();
  let again = false;

  async function put(into: Indexed, row: RecordRow, dirty: Set<string>): Promise<void> {
    forget(into, row.id, dirty);
    const record = await recordText(store, row);
    if (!record) return;
    keep(into, record);
    dirty.add(record.caseId);
  }

  // Reads the records in primary-key order, a step at a time, yielding between steps so a
  // phone stays responsive while tens of thousands of notes are indexed. Changes made
  // meanwhile have a larger changeNo than the one read first, so catchUp picks them up.
  async function rebuild(): Promise<void> {
    const { db } = store;
    const lastChange = await lastChangeNo(store);
    const fresh = emptyIndex();
    const counts = new Map<string, WordCounts>();
    const read = (after: string | null): Promise<RecordRow[]> =>
      after === null
        ? db.records.orderBy(':id').limit(BUILD_STEP).toArray()
        : db.records.where(':id').above(after).limit(BUILD_STEP).toArray();
    let reading = read(null);
    for (;;) {
      const rows = await reading;
      if (closed) return;
      // IndexedDB reads the next step while this one is indexed.
      if (rows.length === BUILD_STEP) reading = read((rows.at(-1) as RecordRow).id);
      for (const record of await Promise.all(rows.map((row) => recordText(store, row)))) {
        if (!record) continue;
        keep(fresh, record);
        let caseCounts = counts.get(record.caseId);
        if (!caseCounts) counts.set(record.caseId, (caseCounts = emptyCounts()));
        countRecord(fresh, caseCounts, record);
      }
      if (rows.length < BUILD_STEP) break;
      await yieldToUi();
    }
    let step = 0;
    for (const [caseId, caseCounts] of counts) {
      fresh.index.set(caseId, caseCounts);
      if (++step % BUILD_STEP === 0) await yieldToUi();
      if (closed) return;
    }
    current = fresh;
    seenChange = lastChange;
    void schedule(catchUp).catch(() => undefined); // whatever changed while building
  }

  async function catchUp(): Promise<void> {
    const { db } = store;
    const since = seenChange;
    const { rows, purges, lastChange } = await db.transaction('r', db.records, db.meta, async () => ({
      rows: await db.records.where('changeNo').above(since).sortBy('changeNo'),
      purges: await db.meta.get('purges'),
      lastChange: await lastChangeNo(store),
    }));
    if (closed) return;
    const dirty = new Set<string>();
    if (purges?.key === 'purges') {
      if (purges.droppedUpTo > since) return rebuild();
      for (const entry of purges.entries) {
        if (entry.changeNo <= since) continue;
        for (const caseId of entry.caseIds) {
          // (deleting the element being visited is safe while iterating a Set)
          for (const id of current.byCase.get(caseId) ?? []) forget(current, id, dirty);
        }
      }
    }
    for (const row of rows) await put(current, row, dirty);
    for (const caseId of dirty) reindexCase(current, caseId);
    seenChange = Math.max(seenChange, lastChange);
  }

  // One update at a time; changes that arrive meanwhile are caught by one more pass.
  function schedule(work: () => Promise<void>): Promise<void> {
    if (closed) return Promise.resolve();
    again = true;
    const pass = running.then(async () => {
      if (!again || closed) return;
      again = false;
      await work();
    });
    running = pass.catch(() => undefined); // a failed pass must not stop later ones
    return pass;
  }

  const prefix = `idb://${store.db.name}/records/`;
  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) void schedule(catchUp).catch(() => undefined);
  };
  Dexie.on.storagemutated.subscribe(onMutated);

  const ready = schedule(rebuild);

  function searchCases(query: string, options: SearchOptions = {}): CaseSearchResult[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const index = current;
    return index.index.search(terms, options.limit ?? DEFAULT_LIMIT).map(({ id: caseId, score }) => {
      const hits = [...(index.byCase.get(caseId) ?? [])]
        .map((id) => index.records.get(id) as RecordText)
        .filter((record) => matchCount(index, record, terms) > 0)
        // the case itself first, then newest records first (UUIDv7 ids sort by time)
        .toSorted((a, b) => (a.type === 'case' ? -1 : b.type === 'case' ? 1 : a.id < b.id ? 1 : -1))
        .map(({ id, type }) => ({ id, type, caseId }));
      return { caseId, score, hits };
    });
  }

  return {
    ready,
    searchCases,
    search(query, options = {}) {
      const terms = queryTerms(query);
      const index = current;
      const hits: SearchHit[] = [];
      for (const result of searchCases(query, { limit: Number.MAX_SAFE_INTEGER })) {
        for (const hit of result.hits) {
          if (matchCount(index, index.records.get(hit.id) as RecordText, terms) === terms.length) hits.push(hit);
        }
        if (hits.length >= (options.limit ?? DEFAULT_LIMIT)) break;
      }
      return hits.slice(0, options.limit ?? DEFAULT_LIMIT);
    },
    refresh: () => schedule(catchUp),
    get size() {
      return current.records.size;
    },
    close() {
      closed = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
      current = emptyIndex();
    },
  };
}

/** The query's words, folded as the index folds them. */
function queryTerms(query: string): string[] {
  return foldedWords(query, normalizeText);
}

/** How many of `terms` occur in the record's own text, by the same prefix rule as the index. */
function matchCount(index: Indexed, record: RecordText, terms: readonly string[]): number {
  const words = fold(index, `${record.title}\n${record.text}`);
  return terms.filter((term) => words.some((word) => (usePrefix(term) ? word.startsWith(term) : word === term))).length;
}

/** Let the browser paint and handle input before the next chunk of work. */
function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

async function lastChangeNo(store: Store): Promise<number> {
  const device = await store.db.meta.get('device');
  return device?.key === 'device' ? device.nextChange - 1 : 0;
}

/**
 * A phone number's digits as people type them: "+386 40 123 456" is also found as
 * "38640123456" and, in the Slovenian national format, "040123456".
 */
function phoneDigits(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  const national = /^(?:00)?386(\d+)$/.exec(digits);
  return national ? [digits, `0${national[1]}`] : [digits];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): string {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string').join('\n') : '';
}
