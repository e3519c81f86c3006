// A Store is the open database plus what the store needs from the outside: the clock and
// randomness (env.ts) and the encode/decode step (codec.ts). Every store function takes it
// as its first argument, so tests (and the multi-device sync tests) can open several
// independent stores side by side.
import { initialHlcState, nodeIdFromBytes } from '../domain/hlc.ts';
import { plainJsonCodec, type Codec } from './codec.ts';
import { createDb, DB_NAME, type DeviceMeta, type ZvezekDb } from './db.ts';
import { browserEnv, type Env } from './env.ts';
import { attempt, type Result } from './errors.ts';

export interface Store {
  readonly db: ZvezekDb;
  readonly env: Env;
  readonly codec: Codec;
}

export interface OpenStoreOptions {
  /** IndexedDB database name; tests give each test its own. */
  name?: string;
  env?: Env;
  codec?: Codec;
  /** Another IndexedDB implementation (tests simulate broken or missing storage with it). */
  indexedDB?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
}

/**
 * Open (and create or upgrade) the database and make sure this installation has its
 * node id and clock. Fails with `storage_unavailable` where IndexedDB cannot be used.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Result<Store>> {
  const env = options.env ?? browserEnv;
  const db = createDb(options.name ?? DB_NAME, options.indexedDB);
  const store: Store = { db, env, codec: options.codec ?? plainJsonCodec };
  const opened = await attempt(async () => {
    await store.db.open();
    await ensureDevice(store);
    return store;
  });
  if (!opened.ok) store.db.close();
  return opened;
}

export function closeStore(store: Store): void {
  store.db.close();
}

/** The installation's device row; made once, on first open, and kept across reloads. */
export async function ensureDevice(store: Store): Promise<DeviceMeta> {
  return store.db.transaction('rw', store.db.meta, store.db.records, async () => {
    const existing = await store.db.meta.get('device');
    if (existing?.key === 'device') return existing;
    // Records without a device row can only come from a copied or half-migrated database;
    // change numbers must still grow past theirs.
    const lastChange = (await store.db.records.orderBy('changeNo').last())?.changeNo ?? 0;
    const node = nodeIdFromBytes(store.env.randomBytes(8));
    const device: DeviceMeta = {
      key: 'device',
      node,
      hlc: initialHlcState(node),
      nextMutation: 1,
      nextChange: lastChange + 1,
      createdAt: store.env.now(),
    };
    // A new database holds no records, so none without their case (db.ts, CaselessMeta).
    await Promise.all([store.db.meta.put(device), lastChange === 0 ? store.db.meta.put({ key: 'caseless', caseIds: [] }) : undefined]);
    return device;
  });
}
