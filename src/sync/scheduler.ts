// When to sync: on start, when the app comes to the foreground, when the browser
// says it is online, a few seconds after a local change, periodically while visible, and
// again after a failure with exponential backoff. Timers and browser events are injected,
// so the rules run in plain unit tests. `navigator.onLine` is never trusted: an `online`
// event is only a reason to try now, and a failed request is the only proof of offline.
import { planRetry, type RetryPlan } from './retry-policy.ts';
import type { SyncFailure } from './sync-failure.ts';

export type Trigger = 'start' | 'visible' | 'online' | 'change' | 'periodic' | 'retry' | 'manual';

export interface SchedulerEnv {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  /** A number in [0, 1) for jitter. */
  random(): number;
  isVisible(): boolean;
  /** Each returns its unsubscribe function. */
  onVisibilityChange(listener: () => void): () => void;
  onOnline(listener: () => void): () => void;
  /** Fires after a local write queued a change (outbox grew). */
  onLocalChange(listener: () => void): () => void;
}

export interface SchedulerOptions {
  /** Quiet time after the last local change before syncing it. */
  changeDelayMs: number;
  /** Longest a burst of changes may postpone the sync. */
  changeMaxWaitMs: number;
  /** Between syncs while the app is visible. */
  periodicMs: number;
}

export const defaultSchedulerOptions: SchedulerOptions = {
  changeDelayMs: 3_000,
  changeMaxWaitMs: 30_000,
  periodicMs: 2 * 60_000,
};

export interface Scheduler {
  start(): void;
  stop(): void;
  /** Ask for a sync; `manual` ("sync now") also runs after a stop or during a backoff. */
  request(trigger: Trigger): void;
  /** Lift a stop (e.g. after signing in again) and sync at once. */
  resume(): void;
}

export interface SchedulerHooks {
  /** One sync run; resolves with what failed, or null when it went through. */
  run(trigger: Trigger): Promise<SyncFailure | null>;
  /** After a failure: the plan, and when the next automatic try is (null: none). */
  onRetryPlanned?(failure: SyncFailure, plan: RetryPlan, nextRetryAt: number | null): void;
}

// Triggers that carry news (the network came back, the person looks at the app or asked)
// run even while a backoff is waiting; routine ones wait for it.
const URGENT: ReadonlySet<Trigger> = new Set(['start', 'visible', 'online', 'manual', 'retry']);

export function createScheduler(
  hooks: SchedulerHooks,
  env: SchedulerEnv,
  options: SchedulerOptions = defaultSchedulerOptions,
): Scheduler {
  let started = false;
  let running = false;
  let queued: Trigger | null = null;
  let stopped = false; // a 'stop' plan: only a person can lift it
  let failures = 0;
  let retryTimer: unknown = null;
  let changeTimer: unknown = null;
  let firstChangeAt: number | null = null;
  let periodicTimer: unknown = null;
  const unsubscribe: (() => void)[] = [];

  function clear(handle: unknown): null {
    if (handle !== null) env.clearTimeout(handle);
    return null;
  }

  function request(trigger: Trigger): void {
    if (!started) return;
    if (stopped && trigger !== 'manual') return;
    if (retryTimer !== null && !URGENT.has(trigger)) return; // the retry will carry it
    if (running) {
      // One more run afterwards picks up whatever this trigger was about.
      if (queued === null || URGENT.has(trigger)) queued = trigger;
      return;
    }
    void execute(trigger);
  }

  async function execute(trigger: Trigger): Promise<void> {
    running = true;
    retryTimer = clear(retryTimer);
    // This run pushes every change queued so far; later ones start a new debounce.
    changeTimer = clear(changeTimer);
    firstChangeAt = null;
    let failure: SyncFailure | null;
    try {
      failure = await hooks.run(trigger);
    } catch (thrown) {
      failure = { code: 'bad_response', message: thrown instanceof Error ? thrown.message : 'sync failed' };
    }
    running = false;
    if (!started) return;
    if (failure === null) {
      failures = 0;
      stopped = false;
    } else {
      const plan = planRetry(failure, failures, env.random());
      failures += 1;
      if (plan.kind === 'stop') {
        stopped = true;
        hooks.onRetryPlanned?.(failure, plan, null);
      } else {
        retryTimer = env.setTimeout(() => {
          retryTimer = null;
          request('retry');
        }, plan.delayMs);
        hooks.onRetryPlanned?.(failure, plan, env.now() + plan.delayMs);
      }
    }
    schedulePeriodic();
    if (queued !== null) {
      const next = queued;
      queued = null;
      request(next);
    }
  }

  function onChange(): void {
    const now = env.now();
    firstChangeAt ??= now;
    changeTimer = clear(changeTimer);
    const wait = Math.max(0, Math.min(options.changeDelayMs, firstChangeAt + options.changeMaxWaitMs - now));
    changeTimer = env.setTimeout(() => {
      changeTimer = null;
      request('change');
    }, wait);
  }

  function schedulePeriodic(): void {
    periodicTimer = clear(periodicTimer);
    if (!started || !env.isVisible()) return;
    periodicTimer = env.setTimeout(() => {
      periodicTimer = null;
      request('periodic');
      schedulePeriodic();
    }, options.periodicMs);
  }

  return {
    start() {
      if (started) return;
      started = true;
      unsubscribe.push(
        env.onVisibilityChange(() => {
          if (env.isVisible()) request('visible');
          schedulePeriodic();
        }),
        env.onOnline(() => request('online')),
        env.onLocalChange(onChange),
      );
      schedulePeriodic();
      request('start');
    },
    stop() {
      started = false;
      for (const off of unsubscribe.splice(0)) off();
      retryTimer = clear(retryTimer);
      changeTimer = clear(changeTimer);
      periodicTimer = clear(periodicTimer);
      queued = null;
    },
    request,
    resume() {
      stopped = false;
      failures = 0;
      request('manual');
    },
  };
}
