// Persistent storage: without it the browser may evict IndexedDB (all notes on this
// phone) when space runs low. We ask once at start; Settings shows the answer and usage.

export interface StorageState {
  supported: boolean;
  persisted: boolean;
  usage?: number;
  quota?: number;
}

export async function requestPersistentStorage(): Promise<boolean> {
  const storage = navigator.storage;
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export async function readStorageState(): Promise<StorageState> {
  const storage = navigator.storage;
  if (!storage?.estimate) return { supported: false, persisted: false };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => false) : Promise.resolve(false),
    storage.estimate().catch(() => ({}) as StorageEstimate),
  ]);
  return { supported: true, persisted, usage: estimate.usage, quota: estimate.quota };
}
