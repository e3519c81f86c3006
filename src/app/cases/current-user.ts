// Who "me" is: the signed-in user of this device's sync session, or null while the phone
// works on its own (then "assigned to me" has no meaning yet).
import type { Role } from '../../domain/protocol.ts';
import type { Store } from '../../store/store.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { firstScreenOnPage } from '../when-idle.ts';

export interface CurrentUser {
  id: string;
  name: string;
  role: Role;
}

export function useCurrentUser(store: Store | null): CurrentUser | null {
  const { value } = useLiveQuery(
    store ? async () => {
      // Loaded here, once the first screen is up, not imported: the session's schemas and
      // the sync code are no part of the case list's first screen.
      await firstScreenOnPage;
      const { readSession } = await import('../../store/session.ts');
      const session = await readSession(store);
      return session ? { id: session.user.id, name: session.user.name, role: session.user.role } : null;
    } : null,
    [store],
  );
  return value ?? null;
}
