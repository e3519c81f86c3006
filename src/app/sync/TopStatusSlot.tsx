// The top bar's sync status slot (routes.tsx `topStatus`). Tiny and loaded with the shell;
// the status itself (and the sync code behind it) loads once the browser is idle after the
// first screen, so it never slows the start.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenIdleAfterFirstScreen } from '../when-idle.ts';

export function TopStatusSlot() {
  const [Status, setStatus] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void import('./SyncStatusButton.tsx').then(
        (module) => live && setStatus(() => module.default),
        (error: unknown) => console.error('sync status failed to load', error),
      );
    // Idle, but not later than a second after the first screen: the status must always show.
    whenIdleAfterFirstScreen(load);
    return () => {
      live = false;
    };
  }, []);
  return Status ? <Status /> : null;
}
