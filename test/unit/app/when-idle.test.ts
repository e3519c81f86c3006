import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/app/when-idle.ts';

const original = (globalThis as { window?: unknown }).window;
const noop = () => {};

afterEach(() => {
  (globalThis as { window?: unknown }).window = original;
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('asks for an idle callback with a deadline, so a page that is never idle still runs it', () => {
    const requestIdleCallback = vi.fn();
    (globalThis as { window?: unknown }).window = { requestIdleCallback, setTimeout };
    whenIdle(noop);
    expect(requestIdleCallback).toHaveBeenCalledWith(noop, { timeout: 1000 });
    whenIdle(noop, 250);
    expect(requestIdleCallback).toHaveBeenLastCalledWith(noop, { timeout: 250 });
  });

  it('runs it on the next task where the browser has no idle callbacks (Safari)', () => {
    vi.useFakeTimers();
    (globalThis as { window?: unknown }).window = { setTimeout };
    const callback = vi.fn();
    whenIdle(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledOnce();
  });
});
