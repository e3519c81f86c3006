// The screens' view of sync: the app's one sync service (src/sync/browser-env.ts appSync),
// its status as it changes, and the session (who, which team) as stored on the device.
import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../store/store.ts';
import { appSync } from '../../sync/browser-env.ts';
import { readSession, type Session } from '../../sync/session.ts';
import { initialStatus, type SyncStatus } from '../../sync/status.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';

let opened: SyncService | null = null;

/** The sync service, once the store is open (null until then, or when it cannot open). */
export function useSyncService(): SyncService | null {
  const [service, setService] = useState<SyncService | null>(opened);
  useEffect(() => {
    // Another component may have opened it between this one's first render and now.
    if (opened) {
      setService(opened);
      return undefined;
    }
    let live = true;
    void appSync().then((started) => {
      opened = started;
      if (live) setService(started);
    });
    return () => {
      live = false;
    };
  }, []);
  return service;
}

export function useSyncStatus(service: SyncService | null): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(() => service?.status.get() ?? initialStatus);
  useEffect(() => {
    if (!service) return undefined;
    setStatus(service.status.get());
    return service.status.subscribe((next) => setStatus(next));
  }, [service]);
  return status;
}

/** The session, live (sign-in, sign-out and a refused token show at once); undefined while loading. */
export function useSession(store: Store | null): Session | null | undefined {
  const { value, loading } = useLiveQuery(store ? () => readSession(store) : null, [store]);
  return loading ? undefined : (value ?? null);
}
