// The team's members as this device last heard them (GET /v1/users): id, role, display
// name, active. Kept in the `meta` table under `members`, so names show offline (case
// assignees, conflict cards, devices, audit); the sync engine refreshes it after each run
// (sync/members.ts), and it goes with the team's data on sign-out (wipe-team-data.ts).
import { z } from 'zod';
import { teamUserSchema, type TeamUser } from '../domain/protocol.ts';
import type { Store } from './store.ts';

const membersRowSchema = z.object({
  key: z.literal('members'),
  users: z.array(teamUserSchema),
  at: z.number(),
});
type MembersRow = z.infer<typeof membersRowSchema>;

// The members row is typed by its zod schema here, not among db.ts's MetaRow.
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
