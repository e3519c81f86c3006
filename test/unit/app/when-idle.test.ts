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

describe('whenIdleAfterFirstScreen', () => {
  it('waits for the first screen on the page, then for idle', async () => {
    vi.resetModules();
    const requestIdleCallback = vi.fn();
    (globalThis as { window?: unknown }).window = { requestIdleCallback, setTimeout };
    const idle = await import('../../../src/app/when-idle.ts');
    idle.whenIdleAfterFirstScreen(noop);
    await Promise.resolve();
    expect(requestIdleCallback).not.toHaveBeenCalled();
    idle.markFirstScreen();
    await idle.firstScreenOnPage;
    await Promise.resolve();
    expect(requestIdleCallback).toHaveBeenCalledWith(noop, { timeout: 1000 });
    expect(performance.getEntriesByName('tz:first-screen').length).toBeGreaterThan(0);
  });

  it('does not wait for ever when no screen ever shows (an error instead of a Page)', async () => {
    vi.resetModules();
    vi.useFakeTimers();
    const requestIdleCallback = vi.fn();
    (globalThis as { window?: unknown }).window = { requestIdleCallback, setTimeout };
    const idle = await import('../../../src/app/when-idle.ts');
    idle.whenIdleAfterFirstScreen(noop);
    await vi.advanceTimersByTimeAsync(2999);
    expect(requestIdleCallback).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(requestIdleCallback).toHaveBeenCalledOnce();
  });
});
