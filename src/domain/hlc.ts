// Hybrid logical clock (SYNC-PROTOCOL.md, "Hybrid logical clock").
// A clock is `<ISO-8601 UTC ms>-<4 hex counter>-<16 hex node>`; the fixed widths make plain
// string comparison equal clock order, so writes can be ordered with `<` on strings.
// Pure: the caller passes the current time in. No zod here (the schema is in
// hlc-schema.ts): the device's store ticks clocks on every screen.
export type Hlc = string;

export interface HlcState {
  wallMs: number;
  counter: number;
  node: string;
}

export const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const NODE_PATTERN = /^[0-9a-f]{16}$/;
const MAX_COUNTER = 0xffff;
// toISOString keeps the fixed `YYYY-…` width (and so string order) only for years 0000..9999.
const MAX_WALL_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** True when a clock that matches HLC_PATTERN names a real instant (hlc-schema.ts). */
export function hasRealTime(clock: Hlc): boolean {
  return parseIsoMs(clock.slice(0, 24)) !== null;
}

/** A fresh clock for a device whose node id is `node` (16 lower-case hex digits). */
export function initialHlcState(node: string): HlcState {
  assertNode(node);
  return { wallMs: 0, counter: 0, node };
}

/** Send / local event: advance the clock and return the clock of the new event. */
export function tick(state: HlcState, nowMs: number): { state: HlcState; clock: Hlc } {
  assertWallMs(nowMs);
  const wallMs = Math.max(state.wallMs, nowMs);
  const counter = wallMs === state.wallMs ? state.counter + 1 : 0;
  const next = normalize({ wallMs, counter, node: state.node });
  return { state: next, clock: formatHlc(next) };
}

/** Receive: fold a clock seen from elsewhere into ours, so our next tick is after it. */
export function receive(state: HlcState, remote: Hlc, nowMs: number): HlcState {
  assertWallMs(nowMs);
  const other = parseHlc(remote);
  const wallMs = Math.max(state.wallMs, other.wallMs, nowMs);
  let counter = 0;
  if (wallMs === state.wallMs && wallMs === other.wallMs) {
    counter = Math.max(state.counter, other.counter) + 1;
  } else if (wallMs === state.wallMs) {
    counter = state.counter + 1;
  } else if (wallMs === other.wallMs) {
    counter = other.counter + 1;
  }
  return normalize({ wallMs, counter, node: state.node });
}

/** Split a clock string into its parts; throws RangeError on a malformed clock. */
export function parseHlc(clock: Hlc): { wallMs: number; counter: number; node: string } {
  const match = HLC_PATTERN.exec(clock);
  const wallMs = match ? parseIsoMs(match[1] as string) : null;
  if (!match || wallMs === null) throw new RangeError('malformed hybrid logical clock');
  return { wallMs, counter: Number.parseInt(match[2] as string, 16), node: match[3] as string };
}

export function hlcWallMs(clock: Hlc): number {
  return parseHlc(clock).wallMs;
}

export function formatHlc(state: HlcState): Hlc {
  assertWallMs(state.wallMs);
  assertNode(state.node);
  if (!Number.isInteger(state.counter) || state.counter < 0 || state.counter > MAX_COUNTER) {
    throw new RangeError('clock counter out of range');
  }
  const iso = new Date(state.wallMs).toISOString();
  return `${iso}-${state.counter.toString(16).padStart(4, '0')}-${state.node}`;
}

/** A device's node id: 8 random bytes as 16 lower-case hex digits. */
export function nodeIdFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('a node id needs 8 random bytes');
  return Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

// More than 65535 events in one millisecond: borrow the next millisecond instead of
// failing, so the clock stays monotonic (it runs at most a few ms ahead under such load).
function normalize(state: HlcState): HlcState {
  if (state.counter <= MAX_COUNTER) return state;
  return { wallMs: state.wallMs + 1, counter: 0, node: state.node };
}

function parseIsoMs(iso: string): number | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || ms < 0 || ms > MAX_WALL_MS) return null;
  // Date.parse accepts 2026-02-30; a real clock never says that.
  return new Date(ms).toISOString() === iso ? ms : null;
}

function assertWallMs(ms: number): void {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_WALL_MS) {
    throw new RangeError('wall time must be whole milliseconds between 1970 and 9999');
  }
}

function assertNode(node: string): void {
  if (!NODE_PATTERN.test(node)) throw new RangeError('node id must be 16 lower-case hex digits');
}
