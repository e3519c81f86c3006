import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasUnsavedInput, markSaved, markUnsaved, onUnsavedChange } from '../../../src/app/unsaved.ts';
import { applyUpdate } from '../../../src/app/sw-update.ts';

afterEach(() => {
  markSaved('note');
  markSaved('viewing');
  vi.unstubAllGlobals();
});

describe('unsaved input registry', () => {
  it('is unsaved while any form holds unsaved input', () => {
    expect(hasUnsavedInput()).toBe(false);
    markUnsaved('note');
    markUnsaved('viewing');
    markSaved('note');
    expect(hasUnsavedInput()).toBe(true);
    markSaved('viewing');
    expect(hasUnsavedInput()).toBe(false);
  });

  it('tells listeners only when the answer changes', () => {
    const seen: boolean[] = [];
    const stop = onUnsavedChange((unsaved) => seen.push(unsaved));
    markUnsaved('note');
    markUnsaved('note');
    markSaved('note');
    markSaved('note');
    stop();
    markUnsaved('note');
    expect(seen).toEqual([true, false]);
  });
});

describe('applying an update', () => {
  it('does not reload when the person keeps their unsaved input', () => {
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { reload } });
    markUnsaved('note');
    const confirm = vi.fn(() => false);
    expect(applyUpdate(confirm)).toBe(false);
    expect(confirm).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads without asking when nothing is unsaved', () => {
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { reload } });
    const confirm = vi.fn(() => true);
    expect(applyUpdate(confirm)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
  });
});
