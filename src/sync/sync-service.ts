// The sync engine wired into the page: the one object the screens use.
// It owns the engine (engine.ts), the scheduler (scheduler.ts), the status the shell shows,
// and the account helpers (account.ts), and it asks for Background Sync when changes could
// not be sent. Everything browser-specific comes in through `SyncServiceDeps`;
// browser-env.ts builds them from `window`.
import { liveQuery } from 'dexie';
import type { Store } from '../store/store.ts';
import { outboxSummary } from '../store/sync-state.ts';
import {
  joinWithInvite,
  setupTeam,
  signIn,
  signOut,
  type AccountResult,
} from './account.ts';
import { createApiClient, type ApiClient, type Fetch } from './api-client.ts';
import { createSyncEngine, type SyncRunResult } from './engine.ts';
import { createLeader, type LockManagerLike } from './leader.ts';
import type { Observable } from './observable.ts';
import { createScheduler, defaultSchedulerOptions, type SchedulerEnv, type SchedulerOptions } from './scheduler.ts';
import { readSession, type Session } from '../store/session.ts';
import type { SyncStatus } from './status.ts';

export interface SyncServiceDeps {
  store: Store;
  fetch: Fetch;
  locks: LockManagerLike | undefined;
  /** Timers and browser events, without `onLocalChange` (the service watches the outbox). */
  env: Omit<SchedulerEnv, 'onLocalChange'>;
  options?: SchedulerOptions;
  /** Ask the service worker for a Background Sync event (background-sync.ts). */
  requestBackgroundSync?: () => Promise<boolean>;
}

export interface SyncService {
  readonly status: Observable<SyncStatus>;
  start(): void;
  stop(): void;
  /** "Sync now": runs at once (also during a backoff) and resolves with that run's result. */
  syncNow(): Promise<SyncRunResult>;
  setupTeam: OmitDeps<typeof setupTeam>;
  signIn: OmitDeps<typeof signIn>;
  joinWithInvite: OmitDeps<typeof joinWithInvite>;
  signOut(options?: { force?: boolean }): Promise<AccountResult<null>>;
  session(): Promise<Session | null>;
  /** Calls for the coordinator screens (invites, devices, audit) with this device's token. */
  teamApi(): Promise<ApiClient | null>;
}

type OmitDeps<F> = F extends (deps: never, request: infer R) => infer O ? (request: R) => O : never;

export function createSyncService(deps: SyncServiceDeps): SyncService {
  const { store } = deps;
  const leader = createLeader(deps.locks);
  const engine = createSyncEngine({ store, fetch: deps.fetch, leader });
  const accountDeps = { store, fetch: deps.fetch, leader };

  let waiting: ((result: SyncRunResult) => void)[] = [];
  const localChange = new Set<() => void>();
  let lastPending: number | null = null;
  let watch: { unsubscribe(): void } | null = null;

  async function askForBackgroundSync(): Promise<void> {
    if (engine.status.get().pendingCount > 0) await deps.requestBackgroundSync?.().catch(() => false);
  }

  const scheduler = createScheduler(
    {
      async run() {
        const answering = waiting;
        waiting = [];
        const result = await engine.run();
        for (const resolve of answering) resolve(result);
        if (!result.ok) void askForBackgroundSync();
        return result.ok ? null : result.failure;
      },
      onRetryPlanned: (failure, plan, nextRetryAt) => engine.noteRetry(failure, plan, nextRetryAt),
    },
    {
      ...deps.env,
      onLocalChange(listener) {
        localChange.add(listener);
        return () => localChange.delete(listener);
      },
      onVisibilityChange(listener) {
        return deps.env.onVisibilityChange(() => {
          // Leaving the app with unsent changes: let the service worker send them later.
          if (!deps.env.isVisible()) void askForBackgroundSync();
          listener();
        });
      },
    },
    deps.options ?? defaultSchedulerOptions,
  );

  // The outbox count, live across tabs (Dexie liveQuery): the status shows it, and a
  // growing outbox is a local change to sync a few seconds later.
  function watchOutbox(): void {
    watch = liveQuery(async () => {
      const summary = await outboxSummary(store);
      return summary.ok ? summary.value.count : null;
    }).subscribe({
      next(count) {
        if (count === null) return;
        void engine.refresh();
        if (lastPending !== null && count > lastPending) for (const listener of localChange) listener();
        lastPending = count;
      },
      error() {
        watch = null; // the database closed; the periodic sync still runs
      },
    });
  }

  async function afterSignIn<T>(result: AccountResult<T>): Promise<AccountResult<T>> {
    await engine.refresh();
    if (result.ok) scheduler.resume();
    return result;
  }

  return {
    status: engine.status,
    start() {
      void engine.refresh();
      watchOutbox();
      scheduler.start();
    },
    stop() {
      scheduler.stop();
      watch?.unsubscribe();
      watch = null;
    },
    syncNow() {
      const done = new Promise<SyncRunResult>((resolve) => waiting.push(resolve));
      scheduler.request('manual');
      return done;
    },
    setupTeam: async (request) => afterSignIn(await setupTeam(accountDeps, request)),
    signIn: async (request) => afterSignIn(await signIn(accountDeps, request)),
    joinWithInvite: async (request) => afterSignIn(await joinWithInvite(accountDeps, request)),
    async signOut(options) {
      const result = await signOut(accountDeps, options);
      await engine.refresh();
      return result;
    },
    session: () => readSession(store),
    async teamApi() {
      const session = await readSession(store);
      if (!session) return null;
      return createApiClient({ baseUrl: session.endpoint, token: session.token, fetch: deps.fetch, now: () => store.env.now() });
    },
  };
}
