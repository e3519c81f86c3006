// The device's session: which endpoint, which team, which user, and the device token.
// It lives in the store's `meta` table under the key `session` (never in localStorage,
// never in a URL), so it is in the same database as the data it gives access to and goes
// with it. The sync engine reads it on every run; only this module reads or writes the row.
import { z } from 'zod';
import { teamSchema, userSchema, type AuthResponse } from '../domain/protocol.ts';
import { accountIdSchema } from '../domain/validation.ts';
import { offsetForNewDevice } from '../domain/mutation-numbers.ts';
import { keepOnThisDevice } from './keep-local.ts';
import type { Store } from './store.ts';
import type { Result } from '../domain/result.ts';

export const sessionSchema = z.object({
  key: z.literal('session'),
  /** Normalized endpoint address (endpoint-url.ts). */
  endpoint: z.string().min(1),
  token: z.string().min(1),
  deviceId: accountIdSchema,
  user: userSchema,
  team: teamSchema,
  signedInAt: z.number(),
  /** local mutation number - wire number (domain/mutation-numbers.ts). */
  mutationOffset: z.number().int().min(0),
  /** The endpoint refused the token (401): sign in again. */
  tokenRefusedAt: z.number().nullable(),
  /** End of the last run that pushed and pulled everything. */
  lastSyncedAt: z.number().nullable(),
  /** The endpoint lost acknowledged changes; resend them (sync/repair-after-restore.ts). */
  repairPending: z.boolean().default(false),
});
export type Session = z.infer<typeof sessionSchema>;

const SESSION_KEY = 'session';

// The session row is typed by its zod schema here, not among db.ts's MetaRow.
function sessionTable(store: Store) {
  return store.db.table<Session, string>('meta');
}

/** The session, or null when this device works on its own (or the row is unreadable). */
export async function readSession(store: Store): Promise<Session | null> {
  const parsed = sessionSchema.safeParse(await sessionTable(store).get(SESSION_KEY));
  return parsed.success ? parsed.data : null;
}

/**
 * Change the session of one device id; does nothing when the session was replaced
 * meanwhile (signed out, or signed in again with another device id).
 */
export async function updateSession(
  store: Store,
  deviceId: string,
  patch: Partial<Pick<Session, 'mutationOffset' | 'tokenRefusedAt' | 'lastSyncedAt' | 'repairPending'>>,
): Promise<Session | null> {
  return store.db.transaction('rw', store.db.meta, async () => {
    const current = await readSession(store);
    if (!current || current.deviceId !== deviceId) return null;
    const next = { ...current, ...patch };
    await sessionTable(store).put(next);
    return next;
  });
}

export type ExistingData = 'share' | 'keep';

export type AdoptResult = Result<Session, { code: 'other_account'; message: string }>;

/**
 * Store a successful setup, login or invite acceptance as this device's session.
 * The data on the device must be this user's: records of another team or user (an earlier
 * session) are refused, since they were pulled under that user's scope; sign out first.
 * Data made before any session (the app used on this device only) joins the team, unless
 * the person keeps it on this device only; demo data never does (keep-local.ts).
 */
export async function adoptSession(
  store: Store,
  endpoint: string,
  auth: AuthResponse,
  now: number,
  /** What made here before joining does: goes to the team, or stays on this device only. Demo data always stays. */
  existing: ExistingData = 'share',
): Promise<AdoptResult> {
  const { db } = store;
  return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.meta], async (): Promise<AdoptResult> => {
    const previous = await readSession(store);
    if (previous && (previous.team.id !== auth.team.id || previous.user.id !== auth.user.id)) {
      return { ok: false, error: { code: 'other_account', message: 'This device holds data of another account; sign out first.' } };
    }
    if (!previous) await keepOnThisDevice(store, { everything: existing === 'keep' });
    let mutationOffset: number;
    if (previous && previous.deviceId === auth.deviceId) {
      mutationOffset = previous.mutationOffset;
    } else {
      const first = await db.outbox.orderBy('n').first();
      const device = await db.meta.get('device');
      const nextMutation = device?.key === 'device' ? device.nextMutation : 1;
      mutationOffset = offsetForNewDevice(first?.n ?? nextMutation);
    }
    const session: Session = {
      key: 'session',
      endpoint,
      token: auth.token,
      deviceId: auth.deviceId,
      user: auth.user,
      team: auth.team,
      signedInAt: now,
      mutationOffset,
      tokenRefusedAt: null,
      lastSyncedAt: previous?.lastSyncedAt ?? null,
      repairPending: previous?.repairPending ?? false,
    };
    await sessionTable(store).put(session);
    return { ok: true, value: session };
  });
}
