// The device row in `meta` (db.ts, DeviceMeta): this installation's clock, its next outbox
// mutation number and its next local change number. Every transaction that writes records
// or the outbox reads it first and stores it advanced, with its other writes.
import type { DeviceMeta } from './db.ts';
import type { Store } from './store.ts';

/** Read the device row inside a transaction that includes `meta`. */
export async function deviceMeta(store: Store): Promise<DeviceMeta> {
  const device = await store.db.meta.get('device');
  if (device?.key !== 'device') throw new Error('device meta missing: open the store with openStore()');
  return device;
}

/** Store the advanced clock and counters; inside a transaction over meta. */
export async function saveDevice(
  store: Store,
  device: DeviceMeta,
  hlc: DeviceMeta['hlc'],
  used: { mutations: number; changes: number },
): Promise<void> {
  await store.db.meta.put(advancedDevice(device, hlc, used));
}

/** The device row after a write: the advanced clock, and the counters past what it used. */
export function advancedDevice(device: DeviceMeta, hlc: DeviceMeta['hlc'], used: { mutations: number; changes: number }): DeviceMeta {
  return { ...device, hlc, nextMutation: device.nextMutation + used.mutations, nextChange: device.nextChange + used.changes };
}
