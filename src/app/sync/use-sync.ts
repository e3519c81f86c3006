// The screens' view of sync: the app's one sync service (src/sync/browser-env.ts appSync),
// and its status as it changes. The session itself: app/hooks/use-session.ts.
import { useEffect, useState } from 'preact/hooks';
import { appSync } from '../../sync/browser-env.ts';
import { initialStatus, type SyncStatus } from '../../sync/status.ts';
import type { SyncService } from '../../sync/sync-service.ts';

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

