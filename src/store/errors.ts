// Errors as values (STYLE.md): every store function that can fail returns
// `{ ok: false, error }` with a stable code and an i18n key the screen translates
// (namespace `store`, locales/<lang>/store.json). Nothing personal goes into an error.
import type { FieldIssue } from '../domain/records.ts';
import type { Result as ResultOf } from '../domain/result.ts';

export const storeErrorCodes = [
  // the write itself is wrong
  'invalid', // a field value fails its schema (`issues` says which)
  'not_found', // no such record (or its case) on this device
  'gone', // the record (or its case) was deleted; deletion is final
  'forbidden', // a write only the endpoint may make (conflict records)
  'busy', // the record kept changing under the write; nothing was written, try again
  // the storage failed; nothing stored before was changed
  'quota_exceeded', // the device is out of storage space for this site
  'storage_unavailable', // IndexedDB cannot be used (some private modes, blocked storage)
  'version_conflict', // another tab runs a different app version of the database
  'database_closed', // the database was closed (another tab upgraded, the browser closed it)
  'storage_failed', // any other storage failure
] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

export interface StoreError {
  code: StoreErrorCode;
  /** i18next key, e.g. `store:errors.quota_exceeded`. */
  messageKey: string;
  /** Field issues for `invalid` (their `message` is itself an i18n key). */
  issues?: FieldIssue[];
}

/** A store function's result (domain/result.ts) with the store's error. */
export type Result<T> = ResultOf<T, StoreError>;

export function storeError(code: StoreErrorCode, issues?: FieldIssue[]): StoreError {
  return issues ? { code, messageKey: `store:errors.${code}`, issues } : { code, messageKey: `store:errors.${code}` };
}

export function failure(code: StoreErrorCode, issues?: FieldIssue[]): { ok: false; error: StoreError } {
  return { ok: false, error: storeError(code, issues) };
}

// Dexie wraps IndexedDB's DOMExceptions (`inner`), sometimes twice (OpenFailedError ->
// AbortError -> QuotaExceededError), so the most telling name may sit deep in the chain.
const BY_NAME: Record<string, StoreErrorCode> = {
  QuotaExceededError: 'quota_exceeded',
  // Firefox private windows (older versions), Safari with storage blocked, file://, and
  // browsers that lack IndexedDB altogether.
  MissingAPIError: 'storage_unavailable',
  InvalidStateError: 'storage_unavailable',
  SecurityError: 'storage_unavailable',
  InvalidAccessError: 'storage_unavailable',
  VersionError: 'version_conflict',
  VersionChangedError: 'version_conflict',
  UpgradeError: 'version_conflict',
  DatabaseClosedError: 'database_closed',
};

/** Map anything a Dexie/IndexedDB call threw to a store error. */
export function toStoreError(thrown: unknown): StoreError {
  if (isStoreError(thrown)) return thrown;
  const seen = new Set<unknown>();
  let fallback: StoreErrorCode = 'storage_failed';
  for (let e: unknown = thrown; e && typeof e === 'object' && !seen.has(e); e = (e as { inner?: unknown }).inner) {
    seen.add(e);
    const code = BY_NAME[(e as { name?: unknown }).name as string];
    if (code === 'quota_exceeded') return storeError(code);
    // Keep looking: a closed database or an unavailable one may hide a full disk below.
    if (code && fallback === 'storage_failed') fallback = code;
  }
  return storeError(fallback);
}

export function isStoreError(value: unknown): value is StoreError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoreError).code === 'string' &&
    typeof (value as StoreError).messageKey === 'string' &&
    (storeErrorCodes as readonly string[]).includes((value as StoreError).code)
  );
}

/** Run a storage operation; a thrown failure becomes an error value. */
export async function attempt<T>(operation: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (thrown) {
    return { ok: false, error: toStoreError(thrown) };
  }
}
