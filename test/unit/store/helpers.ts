// Shared set-up for store tests: a fresh database per test, a clock the test moves, and
// reproducible "random" bytes (so ids and node ids are stable).
import { formatHlc, type Hlc } from '../../../src/domain/hlc.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { openStore, type Store } from '../../../src/store/store.ts';
import type { Codec } from '../../../src/store/codec.ts';
import type { Env } from '../../../src/store/env.ts';

export const START_MS = Date.UTC(2026, 10, 21, 9, 0, 0, 0);

export interface TestEnv extends Env {
  /** Move the clock forward (or back) by `ms`. */
  advance(ms: number): void;
  set(ms: number): void;
}

export function testEnv(startMs = START_MS, seed = 1): TestEnv {
  let now = startMs;
  let state = seed >>> 0 || 1;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
    randomBytes: (n) => {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i += 1) {
        // xorshift32: plenty for test ids, and the same on every run
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        bytes[i] = state & 0xff;
      }
      return bytes;
    },
  };
}

let counter = 0;
export function freshName(label = 'store'): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export async function freshStore(
  options: { name?: string; env?: TestEnv; codec?: Codec } = {},
): Promise<Store & { env: TestEnv; name: string }> {
  const env = options.env ?? testEnv();
  const name = options.name ?? freshName();
  const opened = await openStore({ name, env, ...(options.codec ? { codec: options.codec } : {}) });
  if (!opened.ok) throw new Error(`could not open test store: ${opened.error.code}`);
  return Object.assign(opened.value, { env, name });
}

/** Unwrap a Result in a test, failing loudly with its error code. */
export function ok<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

// ---- records as another device sends them (for applyPulled) ----------------------------

/** The node of "another device" in pulled records. */
export const OTHER_NODE = '00000000000000cc';

/** Another device's clock, `minutes` after START_MS. */
export const clockAt = (minutes: number): Hlc => formatHlc({ wallMs: START_MS + minutes * 60_000, counter: 0, node: OTHER_NODE });

/** A stable record id, numbered (a UUIDv7 shape). */
export const id = (n: number): string => `0192f1c4-7b3e-7c2a-9f1e-${n.toString(16).padStart(12, '0')}`;

/** A live record as pulled: every field written at `clock`. */
export function pulled(recordId: string, type: SyncRecord['type'], caseId: string | undefined, fields: Record<string, unknown>, clock: Hlc): SyncRecord {
  return {
    id: recordId,
    type,
    ...(caseId !== undefined ? { caseId } : {}),
    fields,
    clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, clock])),
    deleted: null,
  };
}

/** A deletion as pulled: no fields. */
export function tombstoneOf(recordId: string, type: SyncRecord['type'], caseId: string, clock: Hlc): SyncRecord {
  return { id: recordId, type, caseId, fields: {}, clocks: {}, deleted: clock };
}

/** Deterministic numbers in [0, 1) (xorshift32), for randomised tests that replay the same way. */
export function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

/** A team session row for this user (session.ts), as signing in stores it. */
export async function putSession(store: Store, user: { id: string; name: string; role: 'coordinator' | 'counselor' | 'volunteer' }): Promise<void> {
  await store.db.table('meta').put({
    key: 'session',
    endpoint: 'https://endpoint.example',
    token: 'demo-token',
    deviceId: 'd_demo',
    user,
    team: { id: 't_demo', name: 'Demo Team' },
    signedInAt: START_MS,
    mutationOffset: 0,
    tokenRefusedAt: null,
    lastSyncedAt: null,
    repairPending: false,
  });
}
