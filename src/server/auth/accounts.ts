// Ids and login names for the accounts the endpoint creates.
import { randomBytes } from 'node:crypto';
import { normalizeUsername } from '../../domain/protocol.ts';
import type { NewAccount } from '../storage/adapter.ts';
import { hashPassword } from './password.ts';
import { newToken, secretHash } from './secrets.ts';

// Short ids with a prefix that says what they are; safe in any log line and valid as
// accountIdSchema values (a case's `assignees` hold user ids).
const newId = (prefix: 't' | 'u' | 'd') => `${prefix}_${randomBytes(12).toString('hex')}`;
export const newTeamId = () => newId('t');
export const newUserId = () => newId('u');
export const newDeviceId = () => newId('d');

/** The form of a login name that is unique across the endpoint (`Ana` and `ana` are one name). */
export function usernameKey(username: string): string {
  return normalizeUsername(username.trim());
}

/** A new user with a first device; `token` goes to the device once, only its hash is kept. */
export async function newAccount(input: {
  username: string;
  password: string;
  deviceName: string;
  displayName?: string | undefined;
}): Promise<{
  account: NewAccount;
  token: string;
}> {
  const token = newToken();
  return {
    token,
    account: {
      userId: newUserId(),
      usernameKey: usernameKey(input.username),
      name: input.username.trim(),
      // The team sees the display name; without one, the username (SYNC-PROTOCOL.md, Members).
      displayName: input.displayName ?? input.username.trim(),
      passwordHash: await hashPassword(input.password),
      deviceId: newDeviceId(),
      deviceName: input.deviceName,
      tokenHash: secretHash(token),
    },
  };
}
