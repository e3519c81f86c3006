// Remembers the language picked in Settings on this device (idb-keyval), apart from the
// phone's own language setting.
//
// Reading IndexedDB costs a round trip to the browser process before the first paint
// (hundreds of ms on a slow phone), so a copy of the answer also sits in localStorage,
// which the page reads at once. IndexedDB stays the record: it is checked right after
// start, and wins if the two disagree (e.g. localStorage was cleared).
import { get, set } from 'idb-keyval';
import { isUiLanguage, pickLanguage, type UiLanguage } from './language.ts';

const key = 'ui-language';
/** In the quick copy: no language was chosen, follow the phone. */
const followPhone = 'phone';

function phoneLanguages(): readonly string[] {
  return navigator.languages ?? [navigator.language];
}

function readQuickCopy(): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeQuickCopy(value: UiLanguage | typeof followPhone): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // No localStorage (private mode, quota): the next start reads IndexedDB instead.
  }
}

async function readStoredChoice(): Promise<unknown> {
  try {
    return await get(key);
  } catch {
    return undefined; // IndexedDB can be unavailable (private mode); the phone language decides.
  }
}

/**
 * The language to start in. `onCorrection` is called (after start) with the stored
 * choice when it differs from the quick copy the start used.
 */
export async function initialLanguage(onCorrection?: (language: UiLanguage) => void): Promise<UiLanguage> {
  const quick = readQuickCopy();
  if (quick !== null && (quick === followPhone || isUiLanguage(quick))) {
    // Checked after start, off the path to the first screen.
    setTimeout(() => {
      void readStoredChoice().then((stored) => {
        const recorded = isUiLanguage(stored) ? stored : followPhone;
        if (recorded === quick) return;
        writeQuickCopy(recorded);
        if (isUiLanguage(stored)) onCorrection?.(stored);
      });
    }, 0);
    return pickLanguage(quick === followPhone ? undefined : quick, phoneLanguages());
  }
  const stored = await readStoredChoice();
  writeQuickCopy(isUiLanguage(stored) ? stored : followPhone);
  return pickLanguage(stored, phoneLanguages());
}

export async function rememberLanguage(language: UiLanguage): Promise<void> {
  writeQuickCopy(language);
  await set(key, language);
}
