// The page's store: the database `terenski-zvezek` with the browser's clock and randomness,
// opened once and shared by every screen and the page's sync engine. After opening, the
// checklists listed as undated (db.ts, UndatedChecklistsMeta) get their due dates; the
// dating code and the built-in templates load only when some are listed.
// The service worker opens the store with openStore alone: it only pushes, and never
// loads the dating code (sync/background-sync.ts).
import { appCodec } from './codec.ts';
import type { Result } from './errors.ts';
import { openStore, type OpenStoreOptions, type Store } from './store.ts';

let defaultStore: Promise<Result<Store>> | null = null;

/** The app's store, opened once. */
export function appStore(): Promise<Result<Store>> {
  defaultStore ??= openAppStore().then((result) => {
    if (!result.ok) defaultStore = null; // let the screen offer "try again"
    return result;
  });
  return defaultStore;
}

/** Open the store as the page does: then date the checklists listed as undated. */
export async function openAppStore(options: OpenStoreOptions = {}): Promise<Result<Store>> {
  const opened = await openStore({ codec: appCodec, ...options });
  if (opened.ok) await dateListedChecklists(opened.value);
  return opened;
}

/**
 * Checklists stored before their template, or before checklists had due dates (schema
 * version 3). Derived data: a failure leaves them listed for the next open.
 */
async function dateListedChecklists(store: Store): Promise<void> {
  const listed = await store.db.meta.get('undatedChecklists');
  if (listed?.key !== 'undatedChecklists' || listed.ids.length === 0) return;
  try {
    const { dateUndatedChecklists } = await import('./undated-checklists.ts');
    await dateUndatedChecklists(store);
  } catch {
    // Not a reason to refuse the store: the list stays, and the next open tries again.
  }
}
