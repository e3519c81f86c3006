// What the bench pages generate their clearly fictional notebooks from: deterministic
// randomness, names, words and dates. Shared so every benchmark measures the same kind of data.
import type { Result } from '../../../src/store/errors.ts';

export const WORDS = (
  'stanovanje najem pogodba prijava prebivališče zdravnik šola vrtec zaposlitev tečaj slovenščina ' +
  'odločba tožba sodišče rok pritožba tolmač urad center socialno delo denarna pomoč zavarovanje ' +
  'housing lease contract interview court appeal deadline interpreter clinic school work permit ' +
  'čakalna vrsta potrdilo osebni dokument izkaznica azilni dom Logatec Ljubljana Maribor Koper'
).split(' ');
export const FIRST = ['Ana', 'Omar', 'Fatima', 'Olena', 'Karim', 'Marija', 'Ahmad', 'Lea', 'Yusuf', 'Nadia', 'Ivan', 'Sara'];
export const LAST = ['Primer', 'Example', 'Vzorec', 'Zgled', 'Sample', 'Test'];
export const LEGAL = ['ip_applicant', 'dublin', 'refugee', 'subsidiary_protection', 'temporary_residence', 'permanent_residence', 'no_status', 'other'];
export const KINDS = ['counseling', 'phone_call', 'accompaniment', 'legal', 'housing', 'health', 'employment', 'education', 'other'];

/** Deterministic numbers in [0, 1) (xorshift32), so every run generates the same notebook. */
export function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`store error: ${result.error.code}`);
  return result.value;
}
