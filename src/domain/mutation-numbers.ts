// Mutation numbers on the device and on the wire (SYNC-PROTOCOL.md, Push).
//
// The outbox numbers mutations 1, 2, 3, … once per installation and never reuses a
// number (the rejected list is keyed by it too). The endpoint counts per device id, and a
// sign-in makes a new device id whose count starts at 0. So the session keeps an offset:
// wire number = local number - offset. It changes in two places only:
// - a sign-in with a new device id: the first waiting mutation becomes wire number 1;
// - a `409 mutation_gap`: the endpoint knows fewer mutations of this device than the
//   device thinks (its database was restored from a backup, or the device's numbering
//   drifted). The first waiting mutation becomes `lastMutation + 1`. The endpoint has not
//   seen any wire number above its lastMutation, so no waiting change can be mistaken for
//   a duplicate and skipped; nothing is dropped.
// The offset may only ever grow for one device id: a smaller one would give waiting
// changes wire numbers the endpoint has already counted, and it would skip them.
import type { Mutation } from './protocol.ts';

export function toWire(mutations: readonly Mutation[], offset: number): Mutation[] {
  return mutations.map((mutation) => ({ ...mutation, n: mutation.n - offset }));
}

export function toLocal(wireN: number, offset: number): number {
  return wireN + offset;
}

/** The offset that makes `firstWaiting` (a local number) the wire number `lastMutation + 1`. */
export function offsetAfterGap(firstWaiting: number, lastMutation: number): number {
  return firstWaiting - (lastMutation + 1);
}

/** The offset for a new device id, whose endpoint count starts at 0. */
export function offsetForNewDevice(firstWaiting: number): number {
  return firstWaiting - 1;
}
