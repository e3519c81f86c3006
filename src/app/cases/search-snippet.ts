// The piece of a note shown under a search result: the words around the first word that
// matches the search (by prefix, ignoring case and diacritics, as the search does), with
// the matching words marked. Pure.
import { normalizeText } from '../../domain/normalize-text.ts';

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORDS_BEFORE = 6;
const MAX_CHARS = 160;

function terms(query: string): string[] {
  return normalizeText(query)
    .split(/[\s\p{P}]+/u)
    .filter((term) => term !== '');
}

function matches(word: string, queryTerms: readonly string[]): boolean {
  const folded = normalizeText(word).replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
  return folded !== '' && queryTerms.some((term) => folded.startsWith(term));
}

/** `text` cut to the region around the first match, as parts with `match` marks. */
export function snippetAround(text: string, query: string): SnippetPart[] {
  const queryTerms = terms(query);
  // Words and the spaces between them, so the text comes back exactly as written.
  const pieces = text.split(/(\s+)/u);
  const firstMatch = pieces.findIndex((piece, i) => i % 2 === 0 && matches(piece, queryTerms));
  let start = firstMatch <= 0 ? 0 : Math.max(0, firstMatch - WORDS_BEFORE * 2);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  let length = 0;
  for (; start < pieces.length && length < MAX_CHARS; start += 1) {
    const piece = pieces[start] as string;
    const isWord = start % 2 === 0;
    const shown = isWord ? piece : ' ';
    parts.push({ text: shown, match: isWord && matches(piece, queryTerms) });
    length += shown.length;
  }
  if (start < pieces.length) parts.push({ text: ' …', match: false });
  return parts;
}
