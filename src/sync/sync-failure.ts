// One shape for whatever stopped a sync run: an endpoint answer (api-error.ts) or a local
// storage failure (src/store errors.ts). `code` picks the sentence the screens show
// (`sync:reasons.<code>`); `message` is for the sync screen's details and never personal.
import type { StoreError, StoreErrorCode } from '../store/errors.ts';
import type { ApiError, ApiErrorCode } from './api-error.ts';

export interface SyncFailure {
  code: ApiErrorCode | StoreErrorCode;
  message: string;
  /** The endpoint asked to wait at least this long (429). */
  retryAfterMs?: number;
}

export function fromApiError(error: ApiError): SyncFailure {
  return error.retryAfterMs !== undefined
    ? { code: error.code, message: error.message, retryAfterMs: error.retryAfterMs }
    : { code: error.code, message: error.message };
}

export function fromStoreError(error: StoreError): SyncFailure {
  return { code: error.code, message: error.messageKey };
}
