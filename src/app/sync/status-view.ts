// What the sync status says, in the top bar (short) and on the sync screen (a sentence):
// synced and when, changes waiting, offline, an error with its reason and the next try,
// sign in again, update the app, fix the phone's date; and the 24-hour warning for
// changes that have waited too long. Pure: the components pass "now" and a formatter.
import { errorCodes } from '../../domain/protocol.ts';
import { storeErrorCodes } from '../../store/errors.ts';
import { hasStalePending, type SyncStatus } from '../../sync/status.ts';

export type StatusTone = 'quiet' | 'ok' | 'busy' | 'waiting' | 'attention' | 'offline' | 'problem';

export interface Message {
  /** Key in the `sync` namespace. */
  key: string;
  params?: Record<string, string | number>;
}

export interface StatusView {
  tone: StatusTone;
  short: Message;
  long: Message;
  /** The sentence about the failure's cause (error phase). */
  reason: Message | null;
  /** When the next automatic try is (offline, error). */
  nextRetryAt: number | null;
  /** Unsynced changes older than 24 hours (the warning). */
  stale: boolean;
}

/** Every failure code the sync can report: the wire's, the store's, and the network's own. */
export const knownReasons: ReadonlySet<string> = new Set<string>([
  ...errorCodes,
  ...storeErrorCodes,
  'network',
  'timeout',
  'bad_response',
]);

export function reasonMessage(code: string): Message {
  return knownReasons.has(code) ? { key: `reasons.${code}` } : { key: 'reasons.unknown', params: { code } };
}

/** `ago` formats a past time relative to now ("5 minutes ago"). */
export function statusView(status: SyncStatus, now: number, ago: (ms: number) => string): StatusView {
  const count = status.pendingCount;
  const stale = hasStalePending(status, now);
  const base = { reason: null, nextRetryAt: null, stale };
  const phase = status.phase;
  let view: StatusView;
  switch (phase.kind) {
    case 'local_only':
      return { ...base, stale: false, tone: 'quiet', short: { key: 'status.short.localOnly' }, long: { key: 'status.long.localOnly' } };
    case 'syncing':
      view = { ...base, tone: 'busy', short: { key: 'status.short.syncing' }, long: { key: 'status.long.syncing' } };
      break;
    case 'needs_sign_in':
      return { ...base, tone: 'problem', short: { key: 'status.short.needsSignIn' }, long: { key: 'status.long.needsSignIn' } };
    case 'update_required':
      return { ...base, tone: 'problem', short: { key: 'status.short.updateRequired' }, long: { key: 'status.long.updateRequired' } };
    case 'clock_ahead':
      return { ...base, tone: 'problem', short: { key: 'status.short.clockAhead' }, long: { key: 'status.long.clockAhead' } };
    case 'offline':
      view = {
        ...base,
        tone: 'offline',
        short: count > 0 ? { key: 'status.short.offlineWaiting', params: { count } } : { key: 'status.short.offline' },
        long: { key: 'status.long.offline' },
        nextRetryAt: phase.nextRetryAt,
      };
      break;
    case 'error':
      view = {
        ...base,
        tone: 'problem',
        short: { key: 'status.short.error' },
        long: { key: 'status.long.error' },
        reason: reasonMessage(phase.reason),
        nextRetryAt: phase.nextRetryAt,
      };
      break;
    case 'idle':
      if (count > 0) {
        view = { ...base, tone: 'waiting', short: { key: 'status.short.waiting', params: { count } }, long: { key: 'status.long.waiting', params: { count } } };
      } else if (status.lastSyncedAt !== null) {
        const when = ago(status.lastSyncedAt);
        view = { ...base, tone: 'ok', short: { key: 'status.short.synced', params: { ago: when } }, long: { key: 'status.long.synced', params: { ago: when } } };
      } else {
        view = { ...base, tone: 'waiting', short: { key: 'status.short.notYet' }, long: { key: 'status.long.notYet' } };
      }
      break;
  }
  // Changes waiting for more than a day outrank a routine state in the top bar.
  if (stale && view.tone !== 'problem') return { ...view, tone: 'problem', short: { key: 'status.short.stale', params: { count } } };
  // "Synced" only when nothing waits for a person: refused changes and open conflicts do.
  const needsYou = status.rejectedCount + status.conflictCount;
  if (needsYou > 0 && (view.tone === 'ok' || view.tone === 'waiting' || view.tone === 'busy')) {
    return {
      ...view,
      tone: 'attention',
      short: { key: 'status.short.attention', params: { count: needsYou } },
      long: { key: 'status.long.attention', params: { refused: status.rejectedCount, conflicts: status.conflictCount } },
    };
  }
  return view;
}
