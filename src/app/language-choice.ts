// Remembers the language picked in Settings on this device (idb-keyval), apart from the
// phone's own language setting.
import { get, set } from 'idb-keyval';
import { pickLanguage, type UiLanguage } from './language.ts';

const key = 'ui-language';

export async function initialLanguage(): Promise<UiLanguage> {
  let stored: unknown;
  try {
    stored = await get(key);
  } catch {
    stored = undefined; // IndexedDB can be unavailable (private mode); the phone language decides.
  }
  return pickLanguage(stored, navigator.languages ?? [navigator.language]);
}

export async function rememberLanguage(language: UiLanguage): Promise<void> {
  await set(key, language);
}
