// Setup codes from the operator (SYNC-PROTOCOL.md, Operating the endpoint). Only a code's
// hash is stored, so a code is shown once, when it is made.
import { newCode, secretHash } from './auth/secrets.ts';
import type { Storage } from './storage/adapter.ts';

/**
 * On start with no team yet: the code to print (SETUP_TOKEN if set, else a new random
 * one that replaces the previous start's unused code), or null when a team exists.
 */
export async function startupSetupCode(storage: Storage, setupToken: string | undefined, nowMs: number): Promise<string | null> {
  if ((await storage.countTeams()) > 0) return null;
  if (setupToken) {
    await storage.addSetupCode({ codeHash: secretHash(setupToken), origin: 'admin', at: nowMs });
    return setupToken.trim();
  }
  const code = newCode();
  await storage.replaceStartupCode({ codeHash: secretHash(code), at: nowMs });
  return code;
}

/** `npm run admin -- create-team`: a new single-use setup code for one more team. */
export async function createTeamSetupCode(storage: Storage, nowMs: number): Promise<string> {
  const code = newCode();
  await storage.addSetupCode({ codeHash: secretHash(code), origin: 'admin', at: nowMs });
  return code;
}
