// The team's members as cached on this device (sync/members.ts), live: names show offline.
import type { TeamUser } from '../../domain/protocol.ts';
import type { Store } from '../../store/store.ts';
import { readMembers } from '../../store/members.ts';
import { useLiveQuery } from './use-live-query.ts';

export function useMembers(store: Store | null): TeamUser[] {
  const { value } = useLiveQuery(store ? () => readMembers(store) : null, [store]);
  return value ?? [];
}
