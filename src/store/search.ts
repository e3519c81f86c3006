// Offline full-text search over cases and notes (and any type that says what text it has).
//
// Privacy by design (ARCHITECTURE.md): the index lives in memory only. It is built from
// decoded records after the store is readable (unlocked, once encryption is on) and is
// never written to IndexedDB or anywhere else.
//
// Matching ignores case and diacritics, and Arabic/Persian/Cyrillic letter variants
// (normalizeText), and finds words by prefix ("čoko" finds "Čokolada"). The index follows
// every change, from this tab, another tab or the service worker: Dexie reports each
// committed change of the records table, and the index then reads the rows whose local
// change number (`changeNo`) it has not seen, plus the cases erased outright (`purges`).
import { Dexie, type ObservabilitySet } from 'dexie';
import MiniSearch from 'minisearch';
import { normalizeText } from '../domain/normalize-text.ts';
import type { RecordType } from '../domain/records.ts';
import type { RecordRow } from './db.ts';
import type { Store } from './store.ts';

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

const SEARCHABLE_TYPES = Object.keys(searchableText) as RecordType[];

export interface SearchHit {
  id: string;
  type: RecordType;
  /** The case to open for this hit. */
  caseId: string;
  score: number;
}

export interface CaseSearchResult {
  caseId: string;
  /** The best hit's score. */
  score: number;
  /** Every matching record of the case, best first. */
  hits: SearchHit[];
}

export interface SearchOptions {
  /** Most results to return (default 50). */
  limit?: number;
}

export interface SearchIndex {
  /** Resolves once everything stored when the index opened is searchable. */
  readonly ready: Promise<void>;
  /** Records that match every word of `query` (by prefix), best first. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The same hits grouped by case, best case first: what the search screen lists. */
  searchCases(query: string, options?: SearchOptions): CaseSearchResult[];
  /** Catch up with stored changes now (otherwise it happens right after each change). */
  refresh(): Promise<void>;
  /** How many records are indexed. */
  readonly size: number;
  /** Stop following changes and drop the index from memory. */
  close(): void;
}

interface Doc {
  id: string;
  type: RecordType;
  caseId: string;
  title: string;
  text: string;
}

const DEFAULT_LIMIT = 50;

function newMiniSearch(): MiniSearch<Doc> {
  return new MiniSearch<Doc>({
    fields: ['title', 'text'],
    storeFields: ['type', 'caseId'],
    processTerm: (term) => normalizeText(term) || null,
    searchOptions: {
      boost: { title: 2 },
      combineWith: 'AND',
      // A one-letter prefix would match most of the index; from two letters on it is useful.
      prefix: (term) => term.length >= 2,
    },
  });
}

/** Build the in-memory index for this store and keep it current until `close()`. */
export function openSearchIndex(store: Store): SearchIndex {
  let index = newMiniSearch();
  /** Indexed record ids by case, to forget a case that was erased outright. */
  let byCase = new Map<string, Set<string>>();
  let seenChange = 0;
  let closed = false;
  let running: Promise<void> = Promise.resolve();
  let again = false;

  function forget(id: string): void {
    if (!index.has(id)) return;
    const caseId = (index.getStoredFields(id) as { caseId?: string } | undefined)?.caseId;
    index.discard(id);
    if (caseId !== undefined) byCase.get(caseId)?.delete(id);
  }

  async function put(row: RecordRow): Promise<void> {
    forget(row.id);
    const extract = searchableText[row.type];
    if (row.isDeleted || !extract || row.caseId === undefined) return;
    const fields = (await store.codec.decode(row.fields)) as Fields;
    if (closed) return;
    index.add({ id: row.id, type: row.type, caseId: row.caseId, ...extract(fields) });
    let ids = byCase.get(row.caseId);
    if (!ids) byCase.set(row.caseId, (ids = new Set()));
    ids.add(row.id);
  }

  async function rebuild(): Promise<void> {
    const { db } = store;
    const { rows, lastChange } = await db.transaction('r', db.records, db.meta, async () => ({
      rows: await db.records.where('type').anyOf(SEARCHABLE_TYPES).toArray(),
      lastChange: await lastChangeNo(store),
    }));
    index = newMiniSearch();
    byCase = new Map();
    for (const row of rows) await put(row);
    seenChange = lastChange;
  }

  async function catchUp(): Promise<void> {
    const { db } = store;
    const since = seenChange;
    const { rows, purges, lastChange } = await db.transaction('r', db.records, db.meta, async () => ({
      rows: await db.records.where('changeNo').above(since).sortBy('changeNo'),
      purges: await db.meta.get('purges'),
      lastChange: await lastChangeNo(store),
    }));
    if (purges?.key === 'purges') {
      if (purges.droppedUpTo > since) return rebuild();
      for (const entry of purges.entries) {
        if (entry.changeNo <= since) continue;
        for (const caseId of entry.caseIds) {
          // (deleting the element being visited is safe while iterating a Set)
          for (const id of byCase.get(caseId) ?? []) forget(id);
          byCase.delete(caseId);
        }
      }
    }
    for (const row of rows) await put(row);
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

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    if (normalizeText(query).trim() === '') return [];
    return index
      .search(query)
      .slice(0, options.limit ?? DEFAULT_LIMIT)
      .map((result) => ({ id: String(result.id), type: result.type as RecordType, caseId: result.caseId as string, score: result.score }));
  }

  return {
    ready,
    search,
    searchCases(query, options = {}) {
      const cases = new Map<string, CaseSearchResult>();
      for (const hit of search(query, { limit: Number.MAX_SAFE_INTEGER })) {
        const found = cases.get(hit.caseId);
        if (found) found.hits.push(hit);
        else cases.set(hit.caseId, { caseId: hit.caseId, score: hit.score, hits: [hit] });
      }
      return [...cases.values()]
        .toSorted((a, b) => b.score - a.score || b.hits.length - a.hits.length)
        .slice(0, options.limit ?? DEFAULT_LIMIT);
    },
    refresh: () => schedule(catchUp),
    get size() {
      return index.documentCount;
    },
    close() {
      closed = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
      index = newMiniSearch();
      byCase = new Map();
    },
  };
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
