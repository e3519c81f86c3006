import { describe, expect, it } from 'vitest';
import { createScheduler, type Trigger } from '../../../src/sync/scheduler.ts';
import type { SyncFailure } from '../../../src/sync/sync-failure.ts';
import { fakeEnv, flush } from './fake-timers.ts';

const OPTIONS = { changeDelayMs: 3_000, changeMaxWaitMs: 30_000, periodicMs: 120_000 };

function setup(outcomes: (SyncFailure | null)[] = []) {
  const env = fakeEnv(0);
  const runs: { trigger: Trigger; at: number }[] = [];
  const plans: { code: string; nextRetryAt: number | null }[] = [];
  let release: (() => void) | null = null;
  let hold = false;
  const scheduler = createScheduler(
    {
      async run(trigger) {
        runs.push({ trigger, at: env.now() });
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        return outcomes.shift() ?? null;
      },
      onRetryPlanned: (failure, _plan, nextRetryAt) => plans.push({ code: failure.code, nextRetryAt }),
    },
    env,
    OPTIONS,
  );
  return {
    env,
    runs,
    plans,
    scheduler,
    holdRuns() {
      hold = true;
    },
    finishRun() {
      hold = false;
      release?.();
      release = null;
    },
  };
}

describe('scheduler', () => {
  it('syncs on start', async () => {
    const { scheduler, runs } = setup();
    scheduler.start();
    await flush();
    expect(runs.map((r) => r.trigger)).toEqual(['start']);
  });

  it('syncs a few seconds after the last of several local changes', async () => {
    const { scheduler, runs, env } = setup();
    scheduler.start();
    await flush();
    env.localChange();
    await env.advance(2_000);
    env.localChange();
    await env.advance(2_999);
    expect(runs).toHaveLength(1);
    await env.advance(1);
    expect(runs.map((r) => [r.trigger, r.at])).toEqual([
      ['start', 0],
      ['change', 5_000],
    ]);
  });

  it('does not let a steady stream of changes postpone the sync forever', async () => {
    const { scheduler, runs, env } = setup();
    scheduler.start();
    await flush();
    for (let i = 0; i < 20; i += 1) {
      env.localChange();
      await env.advance(2_000);
    }
    const changeRuns = runs.filter((r) => r.trigger === 'change');
    expect(changeRuns[0]?.at).toBe(30_000);
  });

  it('syncs when the app comes to the foreground and when the browser is online again', async () => {
    const { scheduler, runs, env } = setup();
    scheduler.start();
    await flush();
    env.setVisible(false);
    env.setVisible(true);
    await flush();
    env.goOnline();
    await flush();
    expect(runs.map((r) => r.trigger)).toEqual(['start', 'visible', 'online']);
  });

  it('syncs periodically only while visible', async () => {
    const { scheduler, runs, env } = setup();
    scheduler.start();
    await env.advance(120_000);
    expect(runs.map((r) => r.trigger)).toEqual(['start', 'periodic']);
    env.setVisible(false);
    await env.advance(10 * 120_000);
    expect(runs).toHaveLength(2);
  });

  it('backs off exponentially after failures, and resets after a success', async () => {
    const offline: SyncFailure = { code: 'network', message: '' };
    const { scheduler, runs, env, plans } = setup([offline, offline, offline, null]);
    scheduler.start();
    await env.advance(60_000);
    // random() = 0: delays are half the ceiling: 1 s, 2 s, 4 s
    expect(runs.map((r) => [r.trigger, r.at])).toEqual([
      ['start', 0],
      ['retry', 1_000],
      ['retry', 3_000],
      ['retry', 7_000],
    ]);
    expect(plans.map((p) => p.nextRetryAt)).toEqual([1_000, 3_000, 7_000]);
  });

  it('does not let local changes or the periodic timer cut a backoff short', async () => {
    const down: SyncFailure = { code: 'service_unavailable', message: '' };
    const { scheduler, runs, env } = setup([down, down, down, down, down]);
    scheduler.start();
    await env.advance(3_500); // runs at 0, 1000, 3000; next retry at 7000
    env.localChange();
    await env.advance(3_000);
    expect(runs.map((r) => r.trigger)).toEqual(['start', 'retry', 'retry']);
    env.goOnline(); // news: try now
    await flush();
    expect(runs.at(-1)?.trigger).toBe('online');
  });

  it('stops retrying on 401 and 426 until a person acts', async () => {
    const { scheduler, runs, env, plans } = setup([{ code: 'unauthorized', message: '' }]);
    scheduler.start();
    await env.advance(60 * 60_000);
    env.goOnline();
    env.localChange();
    await env.advance(60_000);
    expect(runs).toHaveLength(1);
    expect(plans).toEqual([{ code: 'unauthorized', nextRetryAt: null }]);
    scheduler.resume();
    await flush();
    expect(runs.map((r) => r.trigger)).toEqual(['start', 'manual']);
  });

  it('never runs two syncs at once, and runs once more for what came in meanwhile', async () => {
    const harness = setup();
    const { scheduler, runs, env } = harness;
    harness.holdRuns();
    scheduler.start();
    await flush();
    env.localChange();
    await env.advance(3_000);
    scheduler.request('manual');
    env.goOnline();
    expect(runs).toHaveLength(1);
    harness.finishRun();
    await flush();
    expect(runs).toHaveLength(2);
    harness.finishRun();
    await flush();
    expect(runs).toHaveLength(2);
  });

  it('stops listening and clears its timers on stop', async () => {
    const { scheduler, runs, env } = setup();
    scheduler.start();
    await flush();
    scheduler.stop();
    env.localChange();
    env.goOnline();
    await env.advance(10 * 60_000);
    expect(runs).toHaveLength(1);
    expect(env.pendingTimers()).toBe(0);
  });
});
