// The session (who is signed in, in which team) as stored on the device, live: sign-in,
// sign-out and a refused token show at once. Any screen may ask; it loads no sync code.
import type { Store } from '../../store/store.ts';
import { readSession, type Session } from '../../store/session.ts';
import { useLiveQuery } from './use-live-query.ts';

/** The session, live; undefined while loading, null when nobody is signed in. */
export function useSession(store: Store | null): Session | null | undefined {
  const { value, loading } = useLiveQuery(store ? () => readSession(store) : null, [store]);
  return loading ? undefined : (value ?? null);
}
