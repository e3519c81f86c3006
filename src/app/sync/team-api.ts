// The coordinator screens talk to the endpoint directly (these lists are not kept on the
// device): a small hook that runs one call of the team API with this device's token and
// keeps its answer, its error, and a way to run it again.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../../sync/api-client.ts';
import type { ApiError, ApiResult } from '../../sync/api-error.ts';
import type { SyncService } from '../../sync/sync-service.ts';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'failed'; error: ApiError | null };

export function useTeamCall<T>(service: SyncService | null, call: (api: ApiClient) => Promise<ApiResult<T>>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!service) return undefined;
    let live = true;
    setLoaded({ state: 'loading' });
    void service.teamApi().then(async (api) => {
      if (!api) {
        if (live) setLoaded({ state: 'failed', error: null });
        return;
      }
      const result = await call(api);
      if (!live) return;
      setLoaded(result.ok ? { state: 'ok', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      live = false;
    };
    // `call` is a fresh closure each render; the attempt counter decides when to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, attempt]);
  return [loaded, useCallback(() => setAttempt((n) => n + 1), [])];
}

/** The sentence for a failed team call (`sync:teamErrors.*`). */
export function teamErrorKey(error: ApiError | null): string {
  if (!error) return 'teamErrors.signedOut';
  switch (error.code) {
    case 'network':
    case 'timeout':
      return 'teamErrors.offline';
    case 'unauthorized':
      return 'teamErrors.signInAgain';
    case 'forbidden':
      return 'teamErrors.forbidden';
    case 'upgrade_required':
      return 'teamErrors.upgradeRequired';
    case 'rate_limited':
    case 'internal_error':
    case 'service_unavailable':
      return 'teamErrors.serverTrouble';
    default:
      return 'teamErrors.other';
  }
}
