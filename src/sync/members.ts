// The team's member list, fetched from the endpoint (GET /v1/users) after each sync run and
// kept on the device by the store (store/members.ts), and the name shown for a member.
import type { TeamUser } from '../domain/protocol.ts';
import { saveMembers } from '../store/members.ts';
import type { Store } from '../store/store.ts';
import type { ApiClient } from './api-client.ts';

/** Fetch and cache the member list; a failure leaves the cached one (names stay). */
export async function refreshMembers(store: Store, api: ApiClient, at: number): Promise<TeamUser[] | null> {
  const answer = await api.users();
  if (!answer.ok) return null;
  await saveMembers(store, answer.value.users, at);
  return answer.value.users;
}

/** A member's display name, or null for someone the list does not know. */
export function memberName(members: readonly TeamUser[], userId: string | null | undefined): string | null {
  if (!userId) return null;
  return members.find((member) => member.id === userId)?.displayName ?? null;
}
