// The store's only contact with the clock and with randomness. Tests pass their own so
// clocks, ids and node ids are reproducible (ARCHITECTURE.md: side effects are passed in).

export interface Env {
  /** Wall time in whole Unix milliseconds. */
  now(): number;
  /** `n` cryptographically random bytes. */
  randomBytes(n: number): Uint8Array;
}

export const browserEnv: Env = {
  now: () => Date.now(),
  randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
};
