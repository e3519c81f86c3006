import { del, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialLanguage, rememberLanguage } from '../../../src/app/language-choice.ts';

function fakeLocalStorage(throws = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => {
      if (throws) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (throws) throw new Error('SecurityError');
      items.set(key, value);
    },
  };
}

beforeEach(async () => {
  vi.unstubAllGlobals();
  vi.stubGlobal('navigator', { languages: ['sl-SI', 'en'], language: 'sl-SI' });
  await del('ui-language');
});

describe('the language to start in', () => {
  it('follows the phone on a first start, and remembers that nothing was chosen', async () => {
    const storage = fakeLocalStorage();
    vi.stubGlobal('localStorage', storage);
    expect(await initialLanguage()).toBe('sl');
    expect(storage.items.get('ui-language')).toBe('phone');
  });

  it('starts in the language chosen in Settings, whatever the phone speaks', async () => {
    vi.stubGlobal('localStorage', fakeLocalStorage());
    await rememberLanguage('fa');
    expect(await initialLanguage()).toBe('fa');
  });

  it('corrects itself to the stored choice when the quick copy disagrees', async () => {
    const storage = fakeLocalStorage();
    vi.stubGlobal('localStorage', storage);
    storage.items.set('ui-language', 'phone');
    await set('ui-language', 'ar');
    let corrected: string | undefined;
    expect(await initialLanguage((stored) => (corrected = stored))).toBe('sl');
    await vi.waitFor(() => expect(corrected).toBe('ar'));
    expect(storage.items.get('ui-language')).toBe('ar');
  });

  it('reads the stored choice from IndexedDB when localStorage is unavailable', async () => {
    vi.stubGlobal('localStorage', fakeLocalStorage(true));
    await set('ui-language', 'ar');
    expect(await initialLanguage()).toBe('ar');
  });
});
