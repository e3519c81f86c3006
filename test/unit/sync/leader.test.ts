import { describe, expect, it } from 'vitest';
import { createLeader, type LockManagerLike } from '../../../src/sync/leader.ts';

function track() {
  let active = 0;
  let maxActive = 0;
  const order: string[] = [];
  const task = (name: string, ms: number, fail = false) => async () => {
    active += 1;
    maxActive = Math.max(maxActive, active);
    order.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    order.push(`end ${name}`);
    active -= 1;
    if (fail) throw new Error(name);
    return name;
  };
  return { task, order, maxActive: () => maxActive };
}

/** A LockManager with the Web Locks semantics for one exclusive name, as browsers have it. */
function fakeLocks(): LockManagerLike & { requests: string[] } {
  const tails = new Map<string, Promise<unknown>>();
  const requests: string[] = [];
  return {
    requests,
    request(name, _options, callback) {
      requests.push(name);
      const previous = tails.get(name) ?? Promise.resolve();
      const result = previous.then(() => callback());
      tails.set(name, result.catch(() => undefined));
      return result;
    },
  };
}

describe('leader', () => {
  it('runs syncs one at a time through the Web Locks API under the name tz-sync', async () => {
    const locks = fakeLocks();
    const leader = createLeader(locks);
    const { task, order, maxActive } = track();
    const results = await Promise.all([leader.run(task('a', 5)), leader.run(task('b', 1))]);
    expect(results).toEqual(['a', 'b']);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(maxActive()).toBe(1);
    expect(locks.requests).toEqual(['tz-sync', 'tz-sync']);
    expect(leader.crossContext).toBe(true);
  });

  it('falls back to one at a time within this context without Web Locks, surviving failures', async () => {
    const leader = createLeader(undefined);
    const { task, order, maxActive } = track();
    const outcomes = await Promise.allSettled([leader.run(task('a', 5, true)), leader.run(task('b', 1)), leader.run(task('c', 1))]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(maxActive()).toBe(1);
    expect(leader.crossContext).toBe(false);
  });
});
