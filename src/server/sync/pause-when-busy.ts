// Cooperative pauses for long work on the one Node thread. A push to a large record, or
// a push of 1,000 mutations, runs for a while; pausing every few milliseconds lets
// /healthz, logins and other teams' pulls be answered in between (their reads use their
// own connection, so they do not wait for the push's transaction).
const SLICE_MS = 8;

/** A function to await between steps: it yields to the event loop once a slice is used up. */
export function pauseWhenBusy(sliceMs = SLICE_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
