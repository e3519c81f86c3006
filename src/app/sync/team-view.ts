// The coordinator's view of the team, from what the endpoint offers: GET /v1/devices lists
// devices with the user each belongs to, so people are the devices grouped by user; GET
// /v1/users adds each person's role, display name and whether they are active. An older
// endpoint has no /v1/users: then people show without a role or name. Pure.
import type { Device, Role, TeamUser } from '../../domain/protocol.ts';

/** The end of an account id, enough to tell people apart in a list. */
export function shortId(id: string): string {
  return id.length > 8 ? id.slice(-6) : id;
}

/** Devices grouped by user, the coordinator's own first, active devices before ended ones; `role` is null for someone `users` does not list. */
export function groupByUser(
  devices: readonly Device[],
  myUserId: string,
  users: readonly TeamUser[] = [],
): { userId: string; role: Role | null; member: TeamUser | null; devices: Device[] }[] {
  const members = new Map(users.map((user) => [user.id, user]));
  const groups = new Map<string, Device[]>();
  for (const device of devices) {
    const list = groups.get(device.userId);
    if (list) list.push(device);
    else groups.set(device.userId, [device]);
  }
  return [...groups.entries()]
    .map(([userId, list]) => ({
      userId,
      role: members.get(userId)?.role ?? null,
      member: members.get(userId) ?? null,
      devices: list.toSorted((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || a.createdAt.localeCompare(b.createdAt)),
    }))
    .toSorted((a, b) => Number(b.userId === myUserId) - Number(a.userId === myUserId) || a.userId.localeCompare(b.userId));
}
