// The team's members as this device last heard them (GET /v1/users): id, role, display
// name, active. Kept in the store's `meta` table under `members`, so names show offline
// (case assignees, conflict cards, devices, audit). Refreshed after each sync run; goes
// with the team's data on sign-out.
import { z } from 'zod';
import { teamUserSchema, type TeamUser } from '../domain/protocol.ts';
import type { Store } from '../store/store.ts';
import type { ApiClient } from './api-client.ts';

const membersRowSchema = z.object({
  key: z.literal('members'),
  users: z.array(teamUserSchema),
  at: z.number(),
});
type MembersRow = z.infer<typeof membersRowSchema>;

function membersTable(store: Store) {
  return store.db.table<MembersRow, string>('meta');
}

/** The cached member list; empty when this device never fetched it (or works alone). */
export async function readMembers(store: Store): Promise<TeamUser[]> {
  const parsed = membersRowSchema.safeParse(await membersTable(store).get('members'));
  return parsed.success ? parsed.data.users : [];
}

export async function saveMembers(store: Store, users: readonly TeamUser[], at: number): Promise<void> {
  await membersTable(store).put({ key: 'members', users: [...users], at });
}

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
