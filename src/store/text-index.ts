// A small in-memory full-text index for search.ts: folded words (normalizeText) in, best
// documents first out. Pure: no IndexedDB, no DOM.
//
// It ranks the way MiniSearch did here before (BM25+ with k 1.2, b 0.7, d 0.5 per field; a
// title match counts twice; a word found by prefix counts 0.375, less the longer the rest
// of the word), and every word of a query must match. Built for the case notebook's size
// (5,000 cases, 50,000 notes): adding a document is a few map updates per distinct word,
// and a prefix is a binary search in the sorted list of known words.

/** Words that split text: line breaks, spaces and punctuation (as MiniSearch's tokenizer). */
const SEPARATOR = /^[\n\r\p{Z}\p{P}]$/u;
const asciiSeparator = Uint8Array.from({ length: 128 }, (_, code) => (SEPARATOR.test(String.fromCharCode(code)) ? 1 : 0));
const otherSeparator = new Map<number, boolean>();

function isSeparator(codePoint: number): boolean {
  if (codePoint < 128) return asciiSeparator[codePoint] === 1;
  let separator = otherSeparator.get(codePoint);
  if (separator === undefined) otherSeparator.set(codePoint, (separator = SEPARATOR.test(String.fromCodePoint(codePoint))));
  return separator;
}

/** The words of `text` as written (split at line breaks, spaces and punctuation). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const codePoint = text.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isSeparator(codePoint)) {
      if (start !== -1) words.push(text.slice(start, i));
      start = -1;
    } else if (start === -1) {
      start = i;
    }
    i += width - 1;
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}

/**
 * The folded words of `text`: `splitWords(fold(text))`, computed word by word (folding never
 * joins words, and may split one), with an optional cache of words already folded.
 */
export function foldedWords(text: string, fold: (text: string) => string, cache?: Map<string, string[]>): string[] {
  const words: string[] = [];
  for (const word of splitWords(text)) {
    let folded = cache?.get(word);
    if (!folded) {
      folded = splitWords(fold(word));
      cache?.set(word, folded);
    }
    for (const part of folded) words.push(part);
  }
  return words;
}

export const TITLE = 0;
export const TEXT = 1;

/** How often each word occurs in a document's title and text. */
export type WordCounts = [title: Map<string, number>, text: Map<string, number>];

export function countWords(counts: WordCounts, field: typeof TITLE | typeof TEXT, words: readonly string[]): void {
  const into = counts[field];
  for (const word of words) into.set(word, (into.get(word) ?? 0) + 1);
}

interface Posting {
  /** Document number -> occurrences in the title (high half) and in the text (low half). */
  docs: Map<number, number>;
  /** How many documents hold the word in the title, in the text. */
  inField: [number, number];
}

const HALF = 0x10000;
const FIELD_BOOST = [2, 1] as const;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;

export interface Scored {
  id: string;
  score: number;
}

export class TextIndex {
  #ids: (string | undefined)[] = [];
  #numbers = new Map<string, number>();
  #free: number[] = [];
  /** Per document number: distinct words in the title and the text (BM25's field length). */
  #lengths: [number, number][] = [];
  #totalLength: [number, number] = [0, 0];
  #words: (string[] | undefined)[] = [];
  #postings = new Map<string, Posting>();
  /** Known words in sorted order, for prefixes; may hold words no longer in #postings. */
  #sorted: string[] = [];
  #unsorted: string[] = [];

  get size(): number {
    return this.#numbers.size;
  }

  has(id: string): boolean {
    return this.#numbers.has(id);
  }

  /** Add a document, or replace the one with this id. */
  set(id: string, counts: WordCounts): void {
    this.remove(id);
    const number = this.#free.pop() ?? this.#ids.length;
    this.#ids[number] = id;
    this.#numbers.set(id, number);
    const words = new Set<string>();
    for (const field of [TITLE, TEXT] as const) {
      for (const [word, count] of counts[field]) {
        words.add(word);
        let posting = this.#postings.get(word);
        if (!posting) {
          this.#postings.set(word, (posting = { docs: new Map(), inField: [0, 0] }));
          this.#unsorted.push(word);
        }
        const occurrences = Math.min(count, HALF - 1);
        posting.docs.set(number, (posting.docs.get(number) ?? 0) + occurrences * (field === TITLE ? HALF : 1));
        posting.inField[field] += 1;
      }
    }
    const lengths: [number, number] = [counts[TITLE].size, counts[TEXT].size];
    this.#lengths[number] = lengths;
    this.#totalLength[TITLE] += lengths[TITLE];
    this.#totalLength[TEXT] += lengths[TEXT];
    this.#words[number] = [...words];
  }

  remove(id: string): void {
    const number = this.#numbers.get(id);
    if (number === undefined) return;
    for (const word of this.#words[number] ?? []) {
      const posting = this.#postings.get(word) as Posting;
      const packed = posting.docs.get(number) ?? 0;
      posting.docs.delete(number);
      if (packed >= HALF) posting.inField[TITLE] -= 1;
      if (packed % HALF > 0) posting.inField[TEXT] -= 1;
      if (posting.docs.size === 0) this.#postings.delete(word);
    }
    const lengths = this.#lengths[number] as [number, number];
    this.#totalLength[TITLE] -= lengths[TITLE];
    this.#totalLength[TEXT] -= lengths[TEXT];
    this.#ids[number] = undefined;
    this.#words[number] = undefined;
    this.#numbers.delete(id);
    this.#free.push(number);
  }

  /**
   * Documents holding every term (a term of two letters or more also as a word's start),
   * best first. Terms are folded words, as the documents' words are.
   */
  search(terms: readonly string[], limit: number): Scored[] {
    if (terms.length === 0) return [];
    let combined: Map<number, number> | null = null;
    for (const term of terms) {
      const scores = this.#termScores(term, combined);
      combined = scores;
      if (combined.size === 0) return [];
    }
    // MiniSearch's "quality": the number of query terms matched (all of them, here).
    const quality = terms.length;
    const found: Scored[] = [];
    for (const [number, score] of combined ?? []) found.push({ id: this.#ids[number] as string, score: score * quality });
    return found.toSorted((a, b) => b.score - a.score).slice(0, limit);
  }

  /** Scores of one term, summed into (and restricted to) the documents in `within`. */
  #termScores(term: string, within: Map<number, number> | null): Map<number, number> {
    const scores = new Map<number, number>();
    const add = (word: string, weight: number) => {
      const posting = this.#postings.get(word);
      if (!posting) return;
      for (const [number, packed] of posting.docs) {
        const before = within ? within.get(number) : 0;
        if (before === undefined) continue;
        let score = scores.get(number) ?? before;
        const inTitle = Math.floor(packed / HALF);
        const inText = packed % HALF;
        if (inTitle > 0) score += weight * FIELD_BOOST[TITLE] * this.#bm25(inTitle, posting.inField[TITLE], number, TITLE);
        if (inText > 0) score += weight * FIELD_BOOST[TEXT] * this.#bm25(inText, posting.inField[TEXT], number, TEXT);
        scores.set(number, score);
      }
    };
    add(term, 1);
    // A one-letter prefix would match most of the index; from two letters on it is useful.
    if (term.length >= 2) {
      for (const word of this.#wordsStartingWith(term)) {
        if (word === term) continue;
        const rest = word.length - term.length;
        add(word, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * rest));
      }
    }
    return scores;
  }

  #bm25(occurrences: number, documentsWithWord: number, number: number, field: typeof TITLE | typeof TEXT): number {
    const count = this.#numbers.size;
    const length = (this.#lengths[number] as [number, number])[field];
    const average = this.#totalLength[field] / count || 1;
    const { k, b, d } = BM25;
    const inverse = Math.log(1 + (count - documentsWithWord + 0.5) / (documentsWithWord + 0.5));
    return inverse * (d + (occurrences * (k + 1)) / (occurrences + k * (1 - b + (b * length) / average)));
  }

  #wordsStartingWith(prefix: string): string[] {
    const sorted = this.#sortedWords();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    const words: string[] = [];
    for (let i = low; i < sorted.length && (sorted[i] as string).startsWith(prefix); i += 1) {
      if (this.#postings.has(sorted[i] as string)) words.push(sorted[i] as string);
    }
    return words;
  }

  #sortedWords(): string[] {
    if (this.#unsorted.length === 0) return this.#sorted;
    // Merge the new words into the sorted list, dropping words no document holds any more.
    const known = this.#sorted;
    const fresh = this.#unsorted.toSorted();
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < known.length || j < fresh.length) {
      const next = j >= fresh.length || (i < known.length && (known[i] as string) <= (fresh[j] as string)) ? (known[i++] as string) : (fresh[j++] as string);
      if (merged.at(-1) !== next && this.#postings.has(next)) merged.push(next);
    }
    this.#sorted = merged;
    this.#unsorted = [];
    return merged;
  }
}
