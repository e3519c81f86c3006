// A hand-driven clock and browser events for the scheduler tests (no real timers).
import type { SchedulerEnv } from '../../../src/sync/scheduler.ts';

export interface FakeEnv extends SchedulerEnv {
  /** Move time forward, firing due timers in order. */
  advance(ms: number): Promise<void>;
  setVisible(visible: boolean): void;
  goOnline(): void;
  localChange(): void;
  pendingTimers(): number;
}

export function fakeEnv(random = 0.5): FakeEnv {
  let now = 0;
  let nextId = 1;
  let visible = true;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const listeners = { visibility: new Set<() => void>(), online: new Set<() => void>(), change: new Set<() => void>() };
  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    now: () => now,
    random: () => random,
    isVisible: () => visible,
    onVisibilityChange: subscribe(listeners.visibility),
    onOnline: subscribe(listeners.online),
    onLocalChange: subscribe(listeners.change),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        await flush();
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).toSorted((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
      await flush();
    },
    setVisible(value) {
      visible = value;
      for (const listener of listeners.visibility) listener();
    },
    goOnline() {
      for (const listener of listeners.online) listener();
    },
    localChange() {
      for (const listener of listeners.change) listener();
    },
    pendingTimers: () => timers.size,
  };
}

function subscribe(set: Set<() => void>) {
  return (listener: () => void) => {
    set.add(listener);
    return () => set.delete(listener);
  };
}

/** Let promise callbacks run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}
