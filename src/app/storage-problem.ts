// The one storage problem the app is showing right now (quota exceeded, IndexedDB
// unavailable, ...), for the global banner (components/StorageProblemBanner.tsx). Any
// screen that gets a store error value passes it to reportStoreError; only failures of the
// storage itself reach the banner, while mistakes in one form (invalid, gone, ...) stay
// next to that form. Type-only import of the store: the shell's first load stays small.
import type { StoreError, StoreErrorCode } from '../store/errors.ts';
import { smallStore } from './small-store.ts';

const storageCodes: ReadonlySet<StoreErrorCode> = new Set([
  'quota_exceeded',
  'storage_unavailable',
  'version_conflict',
  'database_closed',
  'storage_failed',
]);

export const storageProblem = smallStore<StoreError | null>(null);

/** True for failures of the storage itself (as opposed to a wrong or stale write). */
export function isStorageProblem(error: StoreError): boolean {
  return storageCodes.has(error.code);
}

/** Show `error` in the global banner when it is a storage failure; returns whether it did. */
export function reportStoreError(error: StoreError): boolean {
  if (!isStorageProblem(error)) return false;
  const shown = storageProblem.get();
  // Keep the banner steady when the same failure repeats (each keystroke's draft save).
  if (shown?.code !== error.code) storageProblem.set(error);
  return true;
}

export function dismissStorageProblem(): void {
  storageProblem.set(null);
}
