// The endpoint refused this device's token (401: the member was deactivated, the device
// revoked, the password reset). The session is marked so the app asks to sign in again,
// and the team's data leaves the device, except what holds a change not yet accepted
// (store/wipe-team-data.ts, removeTeamCopies). Both the page's runs and the service
// worker's push end this way.
import { updateSession } from '../store/session.ts';
import type { Store } from '../store/store.ts';
import { removeTeamCopies } from '../store/wipe-team-data.ts';

export async function forgetRefusedToken(store: Store, deviceId: string, at: number): Promise<void> {
  await updateSession(store, deviceId, { tokenRefusedAt: at }).catch(() => null);
  await removeTeamCopies(store).catch(() => null);
}
