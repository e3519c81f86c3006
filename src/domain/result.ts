// The one result shape for what can fail (STYLE.md: errors are values): a value, or an
// error value with a code a person's screen can explain. Store, sync and forms name their
// error types (StoreError, SyncFailure, ApiError, ...) and share this union.
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
